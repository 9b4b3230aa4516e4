#include "api/auth/tokenmanager.h"

#include "api/transport/apicall.h"
#include "api/apilogging.h"
#include "api/transport/portalurl.h"
#include "api/journal/requestjournal.h"
#include "api/journal/secretredaction.h"
#include "api/auth/secretstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString TokenMethod = u"oauth/token"_s;
// Set on a reply we abort ourselves, to tell a cancel from a transfer timeout (both end as
// OperationCanceledError on Qt 6.4).
constexpr const char *CanceledProperty = "biwCanceled";

// The authorization code is a short-lived secret under a name that is harmless elsewhere.
QUrlQuery journalQuery(QUrlQuery query)
{
    if (query.hasQueryItem(u"code"_s)) {
        query.removeAllQueryItems(u"code"_s);
        query.addQueryItem(u"code"_s, SecretRedaction::mask());
    }
    return query;
}

QJsonObject queryAsJson(const QUrlQuery &query)
{
    QJsonObject object;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        object.insert(item.first, item.second);
    return object;
}

ApiError tokenReplyError(QNetworkReply *reply, const QJsonDocument &document, bool parsed)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (parsed && document.object().contains(u"error"_s)) {
        ApiError error = ApiError::fromErrorObject(document.object(), status, TokenMethod);
        if (error.kind() == ApiError::Kind::Auth)
            error.setKind(ApiError::Kind::SignInRequired);
        return error;
    }
    const QNetworkReply::NetworkError network = reply->error();
    if (network == QNetworkReply::OperationCanceledError || network == QNetworkReply::TimeoutError)
        return ApiError(ApiError::Kind::Timeout, u"TIMEOUT"_s, reply->errorString(), status, TokenMethod);
    if (network == QNetworkReply::SslHandshakeFailedError)
        return ApiError(ApiError::Kind::Transport, u"SslHandshakeFailedError"_s, reply->errorString(), 0, TokenMethod);
    if (network != QNetworkReply::NoError && status == 0)
        return ApiError(ApiError::Kind::Transport, u"NETWORK_ERROR"_s, reply->errorString(), 0, TokenMethod);
    return ApiError(ApiError::Kind::Protocol, u"UNPARSEABLE_REPLY"_s,
                    u"The OAuth server's reply carries no tokens."_s, status, TokenMethod);
}

} // namespace

TokenManager::TokenManager(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network), m_tokenEndpoint(defaultTokenEndpoint())
{
}

TokenManager::~TokenManager() = default;

QUrl TokenManager::defaultTokenEndpoint()
{
    return QUrl(u"https://oauth.bitrix.info/oauth/token/"_s);
}

void TokenManager::setTokenEndpoint(const QUrl &url)
{
    m_tokenEndpoint = url;
}

void TokenManager::setClientCredentials(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

void TokenManager::setRefreshTokenStore(SecretStore *store, const QString &key)
{
    m_store = store;
    m_storeKey = key;
}

void TokenManager::setJournal(RequestJournal *journal)
{
    m_journal = journal;
}

void TokenManager::setTokens(const QString &accessToken, const QString &refreshToken)
{
    const bool changed = accessToken != m_accessToken;
    m_accessToken = accessToken;
    m_refreshToken = refreshToken;
    if (changed)
        emit accessTokenChanged();
}

void TokenManager::clearTokens()
{
    setTokens(QString(), QString());
}

TokenSet TokenManager::lastTokenReply() const
{
    TokenSet details = m_lastReply;
    details.accessToken.clear();
    details.refreshToken.clear();
    return details;
}

QUrlQuery TokenManager::clientQuery(const QString &grantType) const
{
    QUrlQuery query;
    query.addQueryItem(u"grant_type"_s, grantType);
    query.addQueryItem(u"client_id"_s, m_clientId);
    query.addQueryItem(u"client_secret"_s, m_clientSecret);
    return query;
}

void TokenManager::refreshAccessToken(const QString &staleAccessToken, QObject *context, RefreshCallback done)
{
    if (!m_refreshing && !m_accessToken.isEmpty() && m_accessToken != staleAccessToken) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(ApiError()); });
        return;
    }
    m_waiters.append({context, std::move(done)});
    if (m_refreshing)
        return;
    m_refreshing = true;
    emit refreshStarted();

    if (m_refreshToken.isEmpty() || m_clientId.isEmpty()) {
        const ApiError error(ApiError::Kind::SignInRequired, u"NO_REFRESH_TOKEN"_s,
                             u"No refresh token or client id is available."_s, 0, TokenMethod);
        QTimer::singleShot(0, this, [this, error] {
            emit signInRequired(error);
            finishRefresh(error);
        });
        return;
    }

    qCInfo(lcApiAuth) << "refreshing the access token";
    QUrlQuery query = clientQuery(u"refresh_token"_s);
    query.addQueryItem(u"refresh_token"_s, m_refreshToken);
    requestTokens(query, [this](const TokenSet &tokens, const QJsonObject &, const ApiError &error) {
        if (error.isError()) {
            qCWarning(lcApiAuth) << "token refresh failed:" << error.code();
            if (error.kind() == ApiError::Kind::SignInRequired) {
                clearTokens();
                emit signInRequired(error);
            }
            finishRefresh(error);
            return;
        }
        adopt(tokens, [this] {
            ++m_refreshCount;
            finishRefresh(ApiError());
        });
    });
}

ApiCall *TokenManager::exchangeAuthorizationCode(const QString &code, const QUrl &redirectUri)
{
    auto *call = new PendingApiCall(TokenMethod, this);
    QUrlQuery query = clientQuery(u"authorization_code"_s);
    query.addQueryItem(u"code"_s, code);
    if (redirectUri.isValid())
        query.addQueryItem(u"redirect_uri"_s, redirectUri.toString(QUrl::FullyEncoded));
    QPointer<PendingApiCall> guard(call);
    QNetworkReply *reply = requestTokens(query, [this, guard](const TokenSet &tokens, const QJsonObject &json,
                                                              const ApiError &error) {
        if (!guard)
            return;
        if (error.isError()) {
            guard->resolve(ApiResult::failure(error));
            return;
        }
        adopt(tokens, [guard, json] {
            if (guard)
                guard->resolve(ApiResult::success(json));
        });
    });
    QPointer<QNetworkReply> replyGuard(reply);
    call->setAbortHandler([replyGuard] {
        if (replyGuard) {
            replyGuard->setProperty(CanceledProperty, true);
            replyGuard->abort();
        }
    });
    return call;
}

QNetworkReply *TokenManager::requestTokens(const QUrlQuery &query, TokenCallback done)
{
    if (!PortalUrl::carriesSecretsSafely(m_tokenEndpoint)) {
        // The client secret and the refresh token never travel over plain HTTP to another host.
        qCWarning(lcApiAuth) << "refusing the token endpoint on" << m_tokenEndpoint.host() << "over plain HTTP";
        const ApiError error = ApiError::insecureUrl(m_tokenEndpoint, TokenMethod);
        QTimer::singleShot(0, this, [error, done = std::move(done)] { done(TokenSet(), QJsonObject(), error); });
        return nullptr;
    }
    QUrl url = m_tokenEndpoint;
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);

    JournalEntry entry;
    entry.startedAt = QDateTime::currentDateTime();
    entry.method = TokenMethod;
    QUrl journalUrl = m_tokenEndpoint;
    journalUrl.setQuery(journalQuery(query));
    entry.url = SecretRedaction::redactUrl(journalUrl);
    entry.requestParams = SecretRedaction::redact(queryAsJson(journalQuery(query)));
    entry.requestBytes = url.query(QUrl::FullyEncoded).size();

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, entry, timer, done = std::move(done)]() mutable {
        reply->deleteLater();
        if (reply->property(CanceledProperty).toBool())
            return;   // canceled by the caller: report nothing
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        const bool parsed = parseError.error == QJsonParseError::NoError && document.isObject();

        entry.durationMs = timer->elapsed();
        entry.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        entry.responseBytes = body.size();
        if (parsed)
            entry.response = SecretRedaction::redact(document.object());

        const TokenSet tokens = parsed ? TokenSet::fromJson(document.object()) : TokenSet();
        ApiError error;
        if (!tokens.isValid())
            error = tokenReplyError(reply, document, parsed);
        entry.errorCode = error.code();
        if (m_journal)
            m_journal->record(entry);
        done(tokens, parsed ? document.object() : QJsonObject(), error);
    });
    return reply;
}

void TokenManager::adopt(const TokenSet &tokens, std::function<void()> then)
{
    m_lastReply = tokens;
    setTokens(tokens.accessToken, tokens.refreshToken);
    if (!m_store || m_storeKey.isEmpty()) {
        then();
        return;
    }
    SecretRequest *write = m_store->writeSecret(m_storeKey, tokens.refreshToken);
    connect(write, &SecretRequest::finished, this, [this, then = std::move(then)](const SecretResult &result) {
        if (!result.ok()) {
            qCWarning(lcApiAuth) << "could not store the rotated refresh token:" << result.errorText;
            emit refreshTokenStoreFailed(result.errorText);
        }
        then();
    });
}

void TokenManager::finishRefresh(const ApiError &error)
{
    m_refreshing = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(error);
    }
    emit refreshFinished(error);
}
