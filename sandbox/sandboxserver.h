#pragma once

#include "sandbox/rest/faultinjector.h"
#include "sandbox/portal/portalsettings.h"
#include "sandbox/sandboxoptions.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

class SampleConnector;
struct SandboxServerPrivate;

// The local Bitrix24 portal emulator. Listens on loopback, answers /rest/ (the biconnector methods
// and batch), /oauth/ (authorize page and token endpoint) and the sample connector under /connector/.
//
// Threading: create it anywhere, but call start() and every other method from the thread it lives
// in (it may be moved to a worker thread before start()). requestCount()/requestCounts() are safe
// from any thread.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
    };

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Starts listening with `options` (database, seed, limits, ...). Returns false and sets *error when it cannot.
    bool start(const SandboxOptions &options, QString *error = nullptr);

    quint16 port() const;
    QUrl baseUrl() const;
    QUrl restUrl() const;      // http(s)://HOST:PORT/rest/   (client_endpoint; https with options().tlsCertificateFile)
    QUrl oauthUrl() const;     // http://HOST:PORT/oauth/     (authorize/ and token/ below it)
    QUrl connectorUrl() const; // http://HOST:PORT/connector/ (check, tables, describe, data)
    const SandboxOptions &options() const;

    // A ready token pair of options().clientId for scripts and the demo (user 1).
    QString initialAccessToken() const;
    QString initialRefreshToken() const;

    // The one line of JSON printed by biworkspace-sandbox when it is listening.
    QByteArray readyLine() const;

    // ---- Live switches (take effect on the next request) ----
    // Version profile and realism quirks, portal options (private-IP refusal, Superset, BI access).
    PortalSettings &settings();
    void setLatency(int milliseconds);
    void setFaultRate(double probability);
    void setFaultSeed(quint32 seed);
    // The next `count` /rest/ requests of `method` (any method when empty) get `fault`; the key
    // "oauth/token" aims at the token endpoint instead.
    void injectFault(SandboxFault fault, int count = 1, const QString &method = {});
    // The next `count` requests of `method` are processed and committed, then the reply is dropped.
    void dropReplyAfterCommit(const QString &method, int count = 1);
    void clearFaults();
    void setBucket(int burst, double ratePerSecond);
    void resetBucket(); // empties the bucket
    void setOperatingTimeLimit(double seconds); // per (app, method) and 10 minutes; <= 0 = off
    void chargeOperatingTime(const QString &clientId, const QString &method, double seconds);
    void setTokenTtl(int seconds);
    void expireAllAccessTokens();
    void setAutoApprove(bool autoApprove); // /oauth/authorize/ redirects without the Allow page

    // ---- Applications and tokens ----
    void registerClient(const QString &clientId, const QString &clientSecret, const QString &redirectUri = {});
    // Tokens of a registered client, as the token endpoint would issue them; `scope` is
    // comma-separated (a token without "biconnector" gets 401 insufficient_scope).
    Tokens issueTokens(const QString &clientId, qint64 userId = 1, const QString &scope = QStringLiteral("biconnector"));

    // ---- Observation (tests assert on these) ----
    // HTTP requests received: key = lower-case REST method ("batch" once per batch request),
    // "oauth/token", "oauth/authorize", "connector/<subPath>"; empty key = all requests.
    int requestCount(const QString &key = {}) const;
    QHash<QString, int> requestCounts() const;
    void resetRequestCounts();
    // Stored objects, optionally only those owned by one application.
    int connectorCount(const QString &clientId = {}) const;
    int sourceCount(const QString &clientId = {}) const;
    int datasetCount(const QString &clientId = {}) const;
    int datasetFieldCount(qint64 datasetId) const;
    // Read access to the portal database (tables connectors, sources, source_settings, datasets,
    // dataset_fields, oauth_clients, oauth_tokens), one map per row.
    QList<QVariantMap> query(const QString &sql, const QVariantList &binds = {}) const;
    SampleConnector *sampleConnector() const;

    // ---- Seeding ----
    // "demo" or "scale:C/S/D", owned by `clientId` (options().clientId when empty).
    bool seed(const QString &spec, QString *error = nullptr, const QString &clientId = {});

private:
    std::unique_ptr<SandboxServerPrivate> m_impl;
};
