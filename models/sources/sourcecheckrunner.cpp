#include "models/sources/sourcecheckrunner.h"

#include "api/transport/apicall.h"
#include "models/modelslogging.h"
#include "models/sources/sourcecheck.h"

#include <QUrl>

using namespace Qt::StringLiterals;

SourceCheckRunner::SourceCheckRunner(const BiconnectorApi &api, ConnectorEndpointClient *endpoints, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_endpoints(endpoints)
{
}

SourceCheckRunner::~SourceCheckRunner()
{
    if (m_running)
        cancel();
}

void SourceCheckRunner::begin()
{
    Q_ASSERT(!m_running);
    m_running = true;
}

void SourceCheckRunner::checkSource(qint64 sourceId)
{
    begin();
    const auto call = m_api.getSource(sourceId);
    m_read = call.handle();
    call.onFinished(this, [this](const Outcome<Source> &outcome) {
        if (!outcome.ok())
            return finish(outcome.error.kind() == ApiError::Kind::Canceled, outcome.error.userMessage());
        const Source source = outcome.value;
        readConnector(source.connectorId, [this, source](const Connector &connector) { runChecks(connector, {source}); });
    });
}

void SourceCheckRunner::checkConnector(qint64 connectorId)
{
    begin();
    readConnector(connectorId, [this, connectorId](const Connector &connector) {
        ListQuery query;
        query.filter = {{u"connectorId"_s, connectorId}};
        const auto call = m_api.listAllSources(query);
        m_read = call.handle();
        call.onFinished(this, [this, connector](const Outcome<QList<Source>> &outcome) {
            if (!outcome.ok())
                return finish(outcome.error.kind() == ApiError::Kind::Canceled, outcome.error.userMessage());
            runChecks(connector, outcome.value);
        });
    });
}

void SourceCheckRunner::readConnector(qint64 connectorId, std::function<void(const Connector &)> then)
{
    const auto call = m_api.getConnector(connectorId);
    m_read = call.handle();
    call.onFinished(this, [this, then = std::move(then)](const Outcome<Connector> &outcome) {
        if (!outcome.ok())
            return finish(outcome.error.kind() == ApiError::Kind::Canceled, outcome.error.userMessage());
        then(outcome.value);
    });
}

void SourceCheckRunner::runChecks(const Connector &connector, const QList<Source> &sources)
{
    m_connector = connector;
    m_sources = sources;
    QList<qint64> ids;
    for (const Source &source : sources)
        ids.append(source.id);
    qCDebug(lcModels) << "checking" << ids.size() << "source(s) of connector" << connector.id;
    emit queued(ids);
    emit progress(0, total());
    if (sources.isEmpty())
        return finish(false, {});
    startNextChecks();
}

void SourceCheckRunner::startNextChecks()
{
    if (!m_endpoints)
        return finish(true, {});
    while (m_inFlight < MaxParallelChecks && m_next < m_sources.size()) {
        const Source &source = m_sources.at(m_next++);
        const qint64 sourceId = source.id;
        EndpointCall *call = m_endpoints->check(QUrl(m_connector.urlCheck), source.settings);
        m_checks.append(call);
        ++m_inFlight;
        connect(call, &EndpointCall::finished, this, [this, sourceId](const EndpointResult &result) {
            if (!m_running)
                return;
            --m_inFlight;
            ++m_completed;
            emit sourceChecked(sourceId, SourceCheck::status(result), result);
            emit progress(m_completed, total());
            if (m_completed == total())
                return finish(false, {});
            startNextChecks();
        });
    }
}

void SourceCheckRunner::cancel()
{
    if (!m_running)
        return;
    finish(true, {});
}

void SourceCheckRunner::finish(bool canceled, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_read)
        m_read->cancel();
    for (const auto &check : std::as_const(m_checks)) {
        if (check) {
            check->disconnect(this);
            check->cancel();
        }
    }
    m_checks.clear();
    emit finished(canceled, canceled ? QString() : error);
}
