#include "models/transfer/portalsnapshot.h"

#include "api/transport/apicall.h"
#include "api/entities/biconnectorapi.h"
#include "api/transport/restclient.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr int ListCalls = 3; // connectors, sources, datasets
} // namespace

PortalSnapshotReader::PortalSnapshotReader(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void PortalSnapshotReader::start(ColumnFilter needsColumns)
{
    if (m_running)
        return;
    m_running = true;
    m_listing = true;
    m_needsColumns = std::move(needsColumns);
    m_snapshot = {};
    m_error = {};
    m_done = 0;
    m_total = ListCalls;
    m_pending = ListCalls;
    const BiconnectorApi api(m_client);
    const auto connectors = api.listAllConnectors();
    m_calls.append(connectors.handle());
    connectors.onFinished(this, [this](const Outcome<QList<Connector>> &outcome) {
        m_snapshot.connectors = outcome.value;
        step(outcome.error);
    });
    const auto sources = api.listAllSources();
    m_calls.append(sources.handle());
    sources.onFinished(this, [this](const Outcome<QList<Source>> &outcome) {
        m_snapshot.sources = outcome.value;
        step(outcome.error);
    });
    const auto datasets = api.listAllDatasets();
    m_calls.append(datasets.handle());
    datasets.onFinished(this, [this](const Outcome<QList<Dataset>> &outcome) {
        m_snapshot.datasets = outcome.value;
        step(outcome.error);
    });
}

void PortalSnapshotReader::step(const ApiError &error)
{
    if (error.isError() && !m_error.isError())
        m_error = error;
    emit progress(++m_done, m_total);
    if (--m_pending > 0)
        return;
    if (m_error.isError())
        return finish(m_error);
    if (std::exchange(m_listing, false))
        return readColumns();
    finish({});
}

void PortalSnapshotReader::readColumns()
{
    const QSet<qint64> chosen = m_needsColumns ? m_needsColumns(m_snapshot) : QSet<qint64>();
    QList<qsizetype> wanted;
    for (qsizetype i = 0; i < m_snapshot.datasets.size(); ++i) {
        if (!m_needsColumns || chosen.contains(m_snapshot.datasets.at(i).id))
            wanted.append(i);
    }
    m_total += int(wanted.size());
    m_pending = int(wanted.size());
    emit progress(m_done, m_total);
    if (wanted.isEmpty())
        return finish({});
    const BiconnectorApi api(m_client);
    for (const qsizetype index : std::as_const(wanted)) {
        const auto get = api.getDataset(m_snapshot.datasets.at(index).id);
        m_calls.append(get.handle());
        get.onFinished(this, [this, index](const Outcome<Dataset> &outcome) {
            if (outcome.ok())
                m_snapshot.datasets[index].fields = outcome.value.fields;
            step(outcome.error);
        });
    }
}

void PortalSnapshotReader::cancel()
{
    if (m_running)
        finish(ApiError::canceled(QString()));
}

void PortalSnapshotReader::finish(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    const auto calls = std::exchange(m_calls, {});
    for (const auto &call : calls) {
        if (!call)
            continue;
        disconnect(call, nullptr, this, nullptr);  // no callbacks into a finished read
        call->cancel();
    }
    const PortalSnapshot snapshot = std::exchange(m_snapshot, {});
    emit finished(snapshot, error);
}
