#include "models/connectors/connectorusage.h"

#include "api/entities/biconnectorapi.h"
#include "api/transport/restclient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

int ConnectorUsage::datasetCount() const
{
    int count = 0;
    for (const auto &datasets : datasetsBySource)
        count += int(datasets.size());
    return count;
}

QList<ConnectorUsage::SourceCodes> ConnectorUsage::sourcesUsingCodes(const QStringList &codes) const
{
    QList<SourceCodes> result;
    for (const Source &source : sources) {
        QStringList used;
        for (const SourceSetting &setting : source.settings) {
            if (codes.contains(setting.code) && !used.contains(setting.code))
                used.append(setting.code);
        }
        if (!used.isEmpty())
            result.append({source, used});
    }
    return result;
}

ConnectorUsageLoader::ConnectorUsageLoader(RestClient *client, qint64 connectorId, Depth depth, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_depth(depth)
{
    m_usage.connectorId = connectorId;
}

ConnectorUsageLoader::~ConnectorUsageLoader()
{
    for (const auto &call : std::as_const(m_calls)) {
        if (call)
            call->disconnect(this);
    }
    cancel();
}

void ConnectorUsageLoader::start()
{
    if (m_running)
        return;
    m_running = true;
    m_usage.sources.clear();
    m_usage.datasetsBySource.clear();
    m_firstError = ApiError();
    ListQuery query;
    query.filter = {{u"connectorId"_s, m_usage.connectorId}};
    query.order = {{u"id"_s, u"ASC"_s}};
    const auto call = BiconnectorApi(m_client).listAllSources(query);
    m_calls = {call.handle()};
    call.onFinished(this, [this](const Outcome<QList<Source>> &outcome) { onSources(outcome.value, outcome.error); });
}

void ConnectorUsageLoader::cancel()
{
    const auto calls = std::exchange(m_calls, {});
    for (const auto &call : calls) {
        if (call)
            call->cancel();
    }
}

void ConnectorUsageLoader::onSources(const QList<Source> &sources, const ApiError &error)
{
    if (error.isError() || m_depth == Depth::SourcesOnly || sources.isEmpty()) {
        m_usage.sources = sources;
        finish(error);
        return;
    }
    m_usage.sources = sources;
    m_pending = int(sources.size());
    m_calls.clear();
    const BiconnectorApi api(m_client);
    for (const Source &source : sources) {
        ListQuery query;
        query.filter = {{u"sourceId"_s, source.id}};
        query.order = {{u"id"_s, u"ASC"_s}};
        const auto call = api.listAllDatasets(query);
        m_calls.append(call.handle());
        const qint64 sourceId = source.id;
        call.onFinished(this, [this, sourceId](const Outcome<QList<Dataset>> &outcome) {
            onDatasets(sourceId, outcome.value, outcome.error);
        });
    }
}

void ConnectorUsageLoader::onDatasets(qint64 sourceId, const QList<Dataset> &datasets, const ApiError &error)
{
    if (!m_running)
        return;
    if (error.isError() && !m_firstError.isError())
        m_firstError = error;
    m_usage.datasetsBySource.insert(sourceId, datasets);
    if (--m_pending == 0)
        finish(m_firstError);
}

void ConnectorUsageLoader::finish(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_calls.clear();
    emit finished(m_usage, error);
}
