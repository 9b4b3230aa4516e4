#include "bench/treeloadbench.h"

#include "api/transport/portalsession.h"
#include "api/journal/requestjournal.h"
#include "api/transport/restclient.h"
#include "bench/benchwait.h"
#include "bench/firstpaintprobe.h"
#include "bench/sandboxprocess.h"
#include "bench/stallmeter.h"
#include "models/catalog/hierarchymodel.h"
#include "ui/shell/mainwindow.h"

#include <QElapsedTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int SettleMs = 1000; // the view's layouts and paints after the last rows arrive

void countNodes(const HierarchyModel &model, const QModelIndex &parent, TreeLoadResult *result)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        switch (model.kindOf(index)) {
        case NodeKind::Connector:
            ++result->connectors;
            break;
        case NodeKind::Source:
            ++result->sources;
            break;
        case NodeKind::Dataset:
            ++result->datasets;
            break;
        default:
            continue;
        }
        countNodes(model, index, result);
    }
}

} // namespace

TreeLoadResult TreeLoadBench::run(const SandboxProcess &sandbox, int timeoutMs)
{
    TreeLoadResult result;
    std::unique_ptr<PortalSession> session(sandbox.createSession(nullptr));
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    BenchWait::idle(300); // shown and painted before measuring starts

    RequestJournal *journal = session->journal();
    QObject::connect(journal, &RequestJournal::recorded, &window, [&result](const JournalEntry &entry) {
        if (entry.httpStatus == 503)
            ++result.rateLimitedReplies;
    });
    QObject::connect(session->client(), &RestClient::lastErrorChanged, &window, [&result](const ApiError &error) {
        if (error.kind() == ApiError::Kind::RateLimited)
            ++result.throttled;
    });
    journal->resetCount();

    StallMeter heartbeat;
    heartbeat.start();
    QElapsedTimer clock;
    clock.start();
    window.setPortal(session.get(), u"Benchmark portal"_s);
    HierarchyModel *model = window.hierarchyModel();
    QObject::connect(model, &HierarchyModel::everythingLoaded, &window,
                     [&result](bool ok, const QString &message) {
                         result.ok = ok;
                         result.error = message;
                     });
    const bool finished = BenchWait::forSignal(model, &HierarchyModel::everythingLoaded, timeoutMs,
                                               [model] { model->loadEverything(); });
    result.wallMs = clock.elapsed();
    BenchWait::idle(SettleMs);
    heartbeat.stop();

    result.stallMs = heartbeat.longestGapMs();
    result.stallEndMs = heartbeat.longestGapEndMs();
    result.stallCpuMs = heartbeat.longestGapCpuMs();
    result.requests = journal->totalRecorded();
    result.rssKb = FirstPaintProbe::residentKb();
    if (!finished) {
        result.ok = false;
        result.error = u"loading everything did not finish in %1 s"_s.arg(timeoutMs / 1000);
    }
    countNodes(*model, model->portalIndex(), &result);
    window.clearPortal();
    return result;
}
