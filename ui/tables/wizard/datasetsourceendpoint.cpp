#include "ui/tables/wizard/datasetsourceendpoint.h"

#include "api/entities/biconnectorapi.h"
#include "api/transport/portalsession.h"

#include <QUrl>

DatasetSourceEndpoint::DatasetSourceEndpoint(PortalSession *session, qint64 sourceId, QObject *parent)
    : QObject(parent), m_session(session), m_sourceId(sourceId)
{
    if (session)
        m_client = new ConnectorEndpointClient(session->network(), this);
}

void DatasetSourceEndpoint::resolve()
{
    if (m_state == State::Resolving || m_state == State::Ready)
        return;
    if (!m_session) {
        fail(tr("Not connected to a portal."));
        return;
    }
    m_state = State::Resolving;
    m_error.clear();
    const BiconnectorApi api = m_session->biconnector();
    api.getSource(m_sourceId).onFinished(this, [this](const Outcome<Source> &source) {
        if (!source.ok()) {
            fail(tr("Could not read the source: %1").arg(source.error.userMessage()));
            return;
        }
        m_source = source.value;
        if (!m_session) {
            fail(tr("Not connected to a portal."));
            return;
        }
        m_session->biconnector().getConnector(m_source.connectorId).onFinished(this, [this](const Outcome<Connector> &connector) {
            if (!connector.ok()) {
                fail(tr("Could not read the source's connector: %1").arg(connector.error.userMessage()));
                return;
            }
            m_connector = connector.value;
            m_state = State::Ready;
            emit resolved(true);
        });
    });
}

void DatasetSourceEndpoint::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    // Always asynchronous, like a finished call.
    QMetaObject::invokeMethod(this, [this] { emit resolved(false); }, Qt::QueuedConnection);
}

EndpointCall *DatasetSourceEndpoint::tableList(const std::optional<QString> &searchString)
{
    if (!isReady())
        return nullptr;
    return m_client->tableList(QUrl(m_connector.urlTableList), m_source.settings, searchString);
}

EndpointCall *DatasetSourceEndpoint::tableDescription(const QString &table)
{
    if (!isReady())
        return nullptr;
    return m_client->tableDescription(QUrl(m_connector.urlTableDescription), m_source.settings, table);
}

EndpointCall *DatasetSourceEndpoint::data(const EndpointDataRequest &request)
{
    if (!isReady())
        return nullptr;
    return m_client->data(QUrl(m_connector.urlData), m_source.settings, request);
}

QString DatasetSourceEndpoint::problemText(const EndpointResult &result)
{
    if (result.isAccepted())
        return {};
    if (result.canceled)
        return tr("Canceled.");
    QStringList messages;
    for (const EndpointViolation &violation : result.violations) {
        if (violation.isError())
            messages.append(violation.message);
    }
    const QString where = result.diagnostics.httpStatus > 0
        ? tr("The connector answered HTTP %1.").arg(result.diagnostics.httpStatus)
        : tr("The connector could not be reached.");
    return messages.isEmpty() ? where : where + u' ' + messages.join(u' ');
}
