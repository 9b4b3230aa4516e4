#pragma once

#include "api/transport/apierror.h"
#include "api/auth/tokenset.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class ApiCall;
class QNetworkAccessManager;
class QNetworkReply;
class RequestJournal;
class SecretStore;

// The OAuth tokens of one signed-in portal (portal-behavior.md §5). Refreshes the access token
// when the portal says it expired, as a single flight: every request that hits expired_token while
// a refresh runs waits for that one refresh. The rotated refresh token is written to the injected
// SecretStore before any waiting request is resent. invalid_grant means the user must sign in again.
class TokenManager : public QObject
{
    Q_OBJECT
public:
    // Called with Kind::None on success.
    using RefreshCallback = std::function<void(const ApiError &error)>;

    explicit TokenManager(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TokenManager() override;

    // Real portals: https://oauth.bitrix.info/oauth/token/. The sandbox: its oauthUrl() + "token/".
    static QUrl defaultTokenEndpoint();
    void setTokenEndpoint(const QUrl &url);
    QUrl tokenEndpoint() const { return m_tokenEndpoint; }
    void setClientCredentials(const QString &clientId, const QString &clientSecret);
    QString clientId() const { return m_clientId; }
    // Where the rotated refresh token goes (`key` names it in the store). Without a store the token
    // lives in memory only.
    void setRefreshTokenStore(SecretStore *store, const QString &key);
    void setJournal(RequestJournal *journal);
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    void setTokens(const QString &accessToken, const QString &refreshToken);
    void clearTokens();
    QString accessToken() const { return m_accessToken; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    // The non-secret details of the last token reply (endpoint, member id, expiry).
    TokenSet lastTokenReply() const;
    bool isRefreshing() const { return m_refreshing; }
    int refreshCount() const { return m_refreshCount; }

    // Gets a new access token because `staleAccessToken` was refused. If the current token already
    // differs (another request refreshed it), `done` runs at once with success. `done` is dropped if
    // `context` is destroyed. Always asynchronous.
    void refreshAccessToken(const QString &staleAccessToken, QObject *context, RefreshCallback done);

    // grant_type=authorization_code: the sign-in flow's last step. Adopts (and stores) the tokens;
    // the call's result is the OAuth reply (client_endpoint, member_id, expires_in, ...).
    ApiCall *exchangeAuthorizationCode(const QString &code, const QUrl &redirectUri = QUrl());

signals:
    void accessTokenChanged();
    void refreshStarted();
    void refreshFinished(const ApiError &error);
    void signInRequired(const ApiError &error);
    void refreshTokenStoreFailed(const QString &errorText);

private:
    using TokenCallback = std::function<void(const TokenSet &tokens, const QJsonObject &reply, const ApiError &error)>;
    struct Waiter
    {
        QPointer<QObject> context;
        RefreshCallback done;
    };

    QUrlQuery clientQuery(const QString &grantType) const;
    QNetworkReply *requestTokens(const QUrlQuery &query, TokenCallback done);
    void adopt(const TokenSet &tokens, std::function<void()> then);
    void finishRefresh(const ApiError &error);

    QNetworkAccessManager *m_network;
    QPointer<RequestJournal> m_journal;
    SecretStore *m_store = nullptr;
    QString m_storeKey;
    QUrl m_tokenEndpoint;
    QString m_clientId;
    QString m_clientSecret;
    QString m_accessToken;
    QString m_refreshToken;
    TokenSet m_lastReply;
    int m_timeoutMs = 30'000;
    bool m_refreshing = false;
    int m_refreshCount = 0;
    QList<Waiter> m_waiters;
};
