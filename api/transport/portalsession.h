#pragma once

#include "api/entities/biconnectorapi.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class RequestJournal;
class RestClient;
class TokenManager;

// Everything the app and the models need to talk to one signed-in portal, as one object:
// the network access manager, the OAuth tokens, the REST client (batching, rate limit, retries)
// and the request journal, wired together.
class PortalSession : public QObject
{
    Q_OBJECT
public:
    explicit PortalSession(QObject *parent = nullptr);
    ~PortalSession() override;

    // The portal's OAuth client_endpoint (https://PORTAL/rest/). False for non-HTTPS remote URLs.
    bool setRestEndpoint(const QUrl &endpoint);
    QUrl restEndpoint() const;

    QNetworkAccessManager *network() const { return m_network; }
    TokenManager *tokens() const { return m_tokens; }
    RestClient *client() const { return m_client; }
    RequestJournal *journal() const { return m_journal; }
    // Typed biconnector.* calls over client().
    BiconnectorApi biconnector() const { return BiconnectorApi(m_client); }

private:
    QNetworkAccessManager *m_network;
    RequestJournal *m_journal;
    TokenManager *m_tokens;
    RestClient *m_client;
};
