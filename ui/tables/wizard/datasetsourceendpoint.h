#pragma once

#include "api/endpoints/endpointclient.h"
#include "api/entities/entities.h"

#include <QObject>
#include <QPointer>

#include <optional>

class PortalSession;

// The connector endpoints of one source, called the way the portal calls them (§6): the source's
// stored settings (source.get) go as connection[...] to the connector's URLs (connector.get).
// Both are read once by resolve(); the endpoint calls are then plain ConnectorEndpointClient
// calls (the caller owns cancelling them). Setting values stay in memory only.
class DatasetSourceEndpoint : public QObject
{
    Q_OBJECT
public:
    enum class State { Unresolved, Resolving, Ready, Failed };

    DatasetSourceEndpoint(PortalSession *session, qint64 sourceId, QObject *parent = nullptr);

    qint64 sourceId() const { return m_sourceId; }
    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    QString errorText() const { return m_error; }
    QString sourceTitle() const { return m_source.title; }
    QString connectorTitle() const { return m_connector.title; }

    // Reads the source and its connector; does nothing while resolving or once ready. resolved()
    // follows (asynchronously).
    void resolve();

    // Endpoint calls; nullptr unless ready.
    EndpointCall *tableList(const std::optional<QString> &searchString);
    EndpointCall *tableDescription(const QString &table);
    EndpointCall *data(const EndpointDataRequest &request);

    // What to tell the user about a call the portal would not accept (empty when accepted).
    static QString problemText(const EndpointResult &result);

signals:
    void resolved(bool ok);

private:
    void fail(const QString &message);

    QPointer<PortalSession> m_session;
    ConnectorEndpointClient *m_client = nullptr;
    qint64 m_sourceId;
    State m_state = State::Unresolved;
    QString m_error;
    Source m_source;
    Connector m_connector;
};
