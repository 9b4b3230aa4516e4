#include "sandbox/rest/tokenregistry.h"

#include "sandbox/portal/portaldatabase.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

const QString Access = u"access"_s;
const QString Refresh = u"refresh"_s;
const QString Code = u"code"_s;

QString randomToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

TokenRegistry::OAuthError invalidGrant(const QString &description)
{
    return {400, u"invalid_grant"_s, description};
}

} // namespace

TokenRegistry::TokenRegistry(PortalDatabase &database)
    : m_database(database)
{
}

void TokenRegistry::registerClient(const QString &clientId, const QString &clientSecret, const QString &redirectUri)
{
    m_database.exec(u"INSERT OR REPLACE INTO oauth_clients (client_id, client_secret, redirect_uri) VALUES (?, ?, ?)"_s,
                    {clientId, clientSecret, redirectUri.isEmpty() ? QVariant() : QVariant(redirectUri)});
}

bool TokenRegistry::hasClient(const QString &clientId) const
{
    return m_database.scalar(u"SELECT COUNT(*) FROM oauth_clients WHERE client_id = ?"_s, {clientId}).toInt() > 0;
}

QString TokenRegistry::clientRedirectUri(const QString &clientId) const
{
    return m_database.scalar(u"SELECT redirect_uri FROM oauth_clients WHERE client_id = ?"_s, {clientId}).toString();
}

std::optional<TokenRegistry::OAuthError> TokenRegistry::checkClient(const QString &clientId,
                                                                    const QString &clientSecret) const
{
    const QVariant secret = m_database.scalar(u"SELECT client_secret FROM oauth_clients WHERE client_id = ?"_s, {clientId});
    if (!secret.isValid() || secret.toString() != clientSecret)
        return OAuthError{401, u"invalid_client"_s, u"Invalid client credentials"_s};
    return std::nullopt;
}

QString TokenRegistry::storeToken(const QString &kind, const QString &clientId, qint64 userId, qint64 ttlMs,
                                  const QString &scope, const QString &redirectUri)
{
    const QString token = randomToken();
    m_database.exec(u"INSERT INTO oauth_tokens (token, kind, client_id, user_id, expires_at, redirect_uri, scope) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                    {token, kind, clientId, userId, nowMs() + ttlMs, redirectUri, scope});
    return token;
}

TokenRegistry::TokenPair TokenRegistry::issue(const QString &clientId, qint64 userId, const QString &scope)
{
    TokenPair pair;
    pair.scope = scope;
    pair.clientId = clientId;
    pair.userId = userId;
    pair.expiresIn = m_accessTtlSeconds;
    pair.expiresAt = QDateTime::currentSecsSinceEpoch() + m_accessTtlSeconds;
    pair.accessToken = storeToken(Access, clientId, userId, qint64(m_accessTtlSeconds) * 1000, scope);
    pair.refreshToken = storeToken(Refresh, clientId, userId, RefreshTtlSeconds * 1000, scope);
    return pair;
}

QString TokenRegistry::issueCode(const QString &clientId, qint64 userId, const QString &redirectUri)
{
    return storeToken(Code, clientId, userId, CodeTtlSeconds * 1000, QString(DefaultScope), redirectUri);
}

TokenRegistry::AccessCheck TokenRegistry::checkAccess(const QString &accessToken) const
{
    const auto rows = m_database.select(
        u"SELECT client_id, user_id, expires_at, scope FROM oauth_tokens WHERE token = ? AND kind = ?"_s, {accessToken, Access});
    if (rows.empty())
        return {};
    const PhpValue &row = rows.front();
    AccessCheck check;
    check.clientId = row.value(u"client_id"_s).toString();
    check.userId = row.value(u"user_id"_s).toInt();
    check.scope = row.value(u"scope"_s).toString();
    check.status = row.value(u"expires_at"_s).toInt() > nowMs() ? AccessStatus::Valid : AccessStatus::Expired;
    return check;
}

std::variant<TokenRegistry::TokenPair, TokenRegistry::OAuthError>
TokenRegistry::exchangeCode(const QString &clientId, const QString &clientSecret, const QString &code)
{
    if (auto error = checkClient(clientId, clientSecret))
        return *error;
    const auto rows = m_database.select(
        u"SELECT user_id, expires_at, scope FROM oauth_tokens WHERE token = ? AND kind = ? AND client_id = ?"_s,
        {code, Code, clientId});
    // A code is single-use: it is gone whatever happens next.
    m_database.exec(u"DELETE FROM oauth_tokens WHERE token = ? AND kind = ?"_s, {code, Code});
    if (rows.empty())
        return invalidGrant(u"Invalid authorization code"_s);
    if (rows.front().value(u"expires_at"_s).toInt() <= nowMs())
        return invalidGrant(u"Authorization code has expired"_s);
    return issue(clientId, rows.front().value(u"user_id"_s).toInt(), rows.front().value(u"scope"_s).toString());
}

std::variant<TokenRegistry::TokenPair, TokenRegistry::OAuthError>
TokenRegistry::refresh(const QString &clientId, const QString &clientSecret, const QString &refreshToken)
{
    if (auto error = checkClient(clientId, clientSecret))
        return *error;
    const auto rows = m_database.select(
        u"SELECT user_id, expires_at, scope FROM oauth_tokens WHERE token = ? AND kind = ? AND client_id = ?"_s,
        {refreshToken, Refresh, clientId});
    if (rows.empty())
        return invalidGrant(u"Invalid refresh token"_s);
    if (rows.front().value(u"expires_at"_s).toInt() <= nowMs())
        return invalidGrant(u"Refresh token has expired"_s);
    // Rotation: the old refresh token dies with this call.
    m_database.exec(u"DELETE FROM oauth_tokens WHERE token = ? AND kind = ?"_s, {refreshToken, Refresh});
    return issue(clientId, rows.front().value(u"user_id"_s).toInt(), rows.front().value(u"scope"_s).toString());
}

void TokenRegistry::expireAllAccessTokens()
{
    m_database.exec(u"UPDATE oauth_tokens SET expires_at = ? WHERE kind = ?"_s, {nowMs() - 1, Access});
}

void TokenRegistry::revokeAll(const QString &clientId)
{
    m_database.exec(u"DELETE FROM oauth_tokens WHERE client_id = ?"_s, {clientId});
}

} // namespace SandboxPortal
