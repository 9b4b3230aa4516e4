#include "bench/togglebench.h"

#include "api/transport/portalsession.h"
#include "api/journal/requestjournal.h"
#include "bench/benchwait.h"
#include "bench/sandboxprocess.h"
#include "models/tables/datasetfieldsmodel.h"

#include <algorithm>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

Dataset datasetWithColumns(qint64 sourceId, int count)
{
    Dataset dataset;
    dataset.sourceId = sourceId;
    dataset.name = u"bench_toggle_fields"_s;
    dataset.externalCode = u"bench_toggle_fields"_s;
    dataset.externalName = u"Benchmark: toggle fields"_s;
    for (int i = 1; i <= count; ++i) {
        DatasetField field;
        field.name = u"F%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        field.type = u"string"_s;
        field.externalCode = field.name.toLower();
        dataset.fields.append(field);
    }
    return dataset;
}

// The outcome's error as one line, or a timeout.
template <typename T>
QString failure(const std::optional<Outcome<T>> &outcome, const QString &step)
{
    if (!outcome)
        return step + u": no answer in time"_s;
    return outcome->ok() ? QString() : step + u": "_s + outcome->error.details();
}

} // namespace

ToggleResult ToggleBench::run(const SandboxProcess &sandbox, int timeoutMs)
{
    ToggleResult result;
    std::unique_ptr<PortalSession> session(sandbox.createSession(nullptr));
    const BiconnectorApi api = session->biconnector();

    const auto sources = BenchWait::forOutcome(api.listSources(), timeoutMs);
    if (result.error = failure(sources, u"source.list"_s); !result.error.isEmpty())
        return result;
    if (sources->value.isEmpty()) {
        result.error = u"the sandbox has no source to add a dataset to"_s;
        return result;
    }
    const auto added = BenchWait::forOutcome(api.addDataset(datasetWithColumns(sources->value.constFirst().id, FieldCount)),
                                             timeoutMs);
    if (result.error = failure(added, u"dataset.add"_s); !result.error.isEmpty())
        return result;
    const qint64 datasetId = added->value;
    const auto before = BenchWait::forOutcome(api.getDataset(datasetId), timeoutMs);
    if (result.error = failure(before, u"dataset.get"_s); !result.error.isEmpty())
        return result;

    // The user's part: select every column, press Space (hide all), then Apply.
    DatasetFieldsModel fields;
    fields.setFields(before->value.fields);
    QList<int> rows(fields.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    fields.toggleVisible(rows);
    const DatasetFieldsChange change = fields.pendingChange();
    result.fields = int(change.update.size());

    session->journal()->resetCount();
    const auto applied = BenchWait::forOutcome(api.updateDatasetFields(datasetId, change), timeoutMs);
    result.applyRequests = session->journal()->totalRecorded();
    if (result.error = failure(applied, u"dataset.fields.update"_s); !result.error.isEmpty())
        return result;

    const auto after = BenchWait::forOutcome(api.getDataset(datasetId), timeoutMs);
    if (result.error = failure(after, u"dataset.get"_s); !result.error.isEmpty())
        return result;
    const auto hidden = std::count_if(after->value.fields.cbegin(), after->value.fields.cend(),
                                      [](const DatasetField &field) { return !field.visible; });
    if (hidden != FieldCount || result.fields != FieldCount) {
        result.error = u"%1 of %2 columns were toggled and %3 are hidden on the server"_s.arg(result.fields)
                           .arg(FieldCount)
                           .arg(hidden);
        return result;
    }
    result.ok = true;
    return result;
}
