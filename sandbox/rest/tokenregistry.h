#pragma once

#include <QString>

#include <optional>
#include <variant>

namespace SandboxPortal {

class PortalDatabase;

// OAuth applications and their tokens (stored in the portal database, so a file-backed sandbox
// keeps its sessions across restarts). Access tokens expire after a TTL; refresh tokens rotate.
class TokenRegistry
{
public:
    static constexpr qint64 RefreshTtlSeconds = 180 * 24 * 3600;
    static constexpr qint64 CodeTtlSeconds = 30;

    struct TokenPair
    {
        QString accessToken;
        QString refreshToken;
        QString clientId;
        qint64 userId = 0;
        qint64 expiresIn = 0; // seconds
        qint64 expiresAt = 0; // unix seconds
        QString scope;        // comma-separated, e.g. "biconnector"
    };

    struct OAuthError
    {
        int status = 400;
        QString error;
        QString description;
    };

    enum class AccessStatus { Valid, Expired, Invalid };
    struct AccessCheck
    {
        AccessStatus status = AccessStatus::Invalid;
        QString clientId;
        qint64 userId = 0;
        QString scope;
    };

    static constexpr QLatin1StringView DefaultScope{"biconnector"};

    explicit TokenRegistry(PortalDatabase &database);

    void setAccessTtl(int seconds) { m_accessTtlSeconds = seconds; }
    int accessTtl() const { return m_accessTtlSeconds; }

    void registerClient(const QString &clientId, const QString &clientSecret, const QString &redirectUri = {});
    bool hasClient(const QString &clientId) const;
    QString clientRedirectUri(const QString &clientId) const;

    TokenPair issue(const QString &clientId, qint64 userId, const QString &scope = QString(DefaultScope));
    QString issueCode(const QString &clientId, qint64 userId, const QString &redirectUri);
    AccessCheck checkAccess(const QString &accessToken) const;

    std::variant<TokenPair, OAuthError> exchangeCode(const QString &clientId, const QString &clientSecret,
                                                     const QString &code);
    std::variant<TokenPair, OAuthError> refresh(const QString &clientId, const QString &clientSecret,
                                                const QString &refreshToken);

    void expireAllAccessTokens();
    void revokeAll(const QString &clientId);

private:
    std::optional<OAuthError> checkClient(const QString &clientId, const QString &clientSecret) const;
    QString storeToken(const QString &kind, const QString &clientId, qint64 userId, qint64 ttlMs,
                       const QString &scope, const QString &redirectUri = {});

    PortalDatabase &m_database;
    int m_accessTtlSeconds = 3600;
};

} // namespace SandboxPortal
