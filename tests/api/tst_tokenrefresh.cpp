#include "recordingsecretstore.h"
#include "support/sandboxfixture.h"

#include "api/transport/apicall.h"
#include "api/transport/restclient.h"
#include "api/auth/tokenmanager.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString StoreKey = u"portal-1/refresh-token"_s;
} // namespace

// OAuth: the access token is refreshed once (single flight) when the portal says it expired, the
// rotated refresh token is stored before anything is resent, invalid_grant asks for a new sign-in.
class TestTokenRefresh : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_portal = std::make_unique<SandboxFixture>();
        m_store = std::make_unique<RecordingSecretStore>();
        QString error;
        QVERIFY2(m_portal->start(u"demo"_s, &error), qPrintable(error));
        m_portal->tokens()->setRefreshTokenStore(m_store.get(), StoreKey);
    }

    void cleanup()
    {
        m_portal.reset();
        m_store.reset();
    }

    void expiredTokenIsRefreshedOnceForTenConcurrentCalls()
    {
        m_portal->server().expireAllAccessTokens();
        m_store->setDelayMs(100);   // a slow keychain: nothing may be resent before it confirms
        int requestsWhenWriteStarted = -1;
        int requestsWhenWriteFinished = -1;
        m_store->onWriteStarted = [&] { requestsWhenWriteStarted = m_portal->restRequests(); };
        m_store->onWriteFinished = [&] { requestsWhenWriteFinished = m_portal->restRequests(); };
        QSignalSpy refreshed(m_portal->tokens(), &TokenManager::refreshFinished);

        CallRecorder calls;
        for (int i = 0; i < 10; ++i) {
            // Unbatched on purpose: ten separate HTTP requests all meet the expired token.
            calls.add(m_portal->client()->call(u"biconnector.connector.get"_s, {{u"id"_s, 1 + i % 3}},
                                               CallOptions::unbatched()));
        }
        QVERIFY(calls.waitAll());
        for (int i = 0; i < calls.size(); ++i) {
            QVERIFY2(calls.result(i).ok(), qPrintable(calls.result(i).error.details()));
            QCOMPARE(calls.finishCount(i), 1);
        }
        QCOMPARE(m_portal->server().requestCount(u"oauth/token"_s), 1);
        QCOMPARE(m_portal->tokens()->refreshCount(), 1);
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(!refreshed.first().first().value<ApiError>().isError());
        QCOMPARE(requestsWhenWriteFinished, requestsWhenWriteStarted);   // no resend before the store confirmed
        QCOMPARE(m_portal->restRequests(), requestsWhenWriteFinished + 10);

        // The rotated refresh token reached the store and is the one the portal now honours.
        QCOMPARE(m_store->writes().size(), 1);
        const QString stored = m_store->value(StoreKey);
        QVERIFY(!stored.isEmpty());
        QVERIFY(stored != m_portal->server().initialRefreshToken());
        const QList<QVariantMap> rows = m_portal->server().query(
            u"SELECT kind FROM oauth_tokens WHERE token = ?"_s, {stored});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(u"kind"_s).toString(), u"refresh"_s);
    }

    void batchedCallsShareTheRefresh()
    {
        m_portal->server().expireAllAccessTokens();
        CallRecorder calls;
        for (int i = 0; i < 20; ++i)
            calls.add(m_portal->client()->call(u"biconnector.connector.get"_s, {{u"id"_s, 1 + i % 3}}));
        QVERIFY(calls.waitAll());
        for (int i = 0; i < calls.size(); ++i)
            QVERIFY2(calls.result(i).ok(), qPrintable(calls.result(i).error.details()));
        QCOMPARE(m_portal->server().requestCount(u"oauth/token"_s), 1);
        QCOMPARE(m_portal->server().requestCount(u"batch"_s), 2);   // refused once, then resent
    }

    void refusedWriteIsResentOnceAfterRefresh()
    {
        m_portal->server().expireAllAccessTokens();
        const int before = m_portal->server().connectorCount();
        const ApiResult result = waitForResult(m_portal->client()->call(
            u"biconnector.connector.update"_s, {{u"id"_s, 1}, {u"fields"_s, QJsonObject{{u"sort"_s, 7}}}}));
        QVERIFY2(result.ok(), qPrintable(result.error.details()));
        QCOMPARE(m_portal->server().requestCount(u"biconnector.connector.update"_s), 2);
        QCOMPARE(m_portal->server().connectorCount(), before);
        QCOMPARE(m_portal->server().query(u"SELECT sort FROM connectors WHERE id = 1"_s).first().value(u"sort"_s).toInt(), 7);
    }

    void invalidGrantAsksForSignIn()
    {
        m_portal->tokens()->setTokens(m_portal->tokens()->accessToken(), u"not-a-refresh-token"_s);
        m_portal->server().expireAllAccessTokens();
        QSignalSpy signIn(m_portal->tokens(), &TokenManager::signInRequired);
        CallRecorder calls;
        for (int i = 0; i < 3; ++i)
            calls.add(m_portal->client()->call(u"biconnector.connector.list"_s, {}, CallOptions::unbatched()));
        QVERIFY(calls.waitAll());
        for (int i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls.result(i).error.kind(), ApiError::Kind::SignInRequired);
            QCOMPARE(calls.result(i).error.code(), u"invalid_grant"_s);
        }
        QCOMPARE(signIn.size(), 1);
        QCOMPARE(m_portal->server().requestCount(u"oauth/token"_s), 1);
        QVERIFY(!m_portal->tokens()->hasAccessToken());
        QVERIFY(!m_portal->tokens()->hasRefreshToken());
        QVERIFY(m_store->writes().isEmpty());

        // Without tokens nothing more goes out: the next call fails at once.
        const ApiResult later = waitForResult(m_portal->client()->call(u"biconnector.connector.list"_s));
        QCOMPARE(later.error.kind(), ApiError::Kind::SignInRequired);
        QCOMPARE(m_portal->server().requestCount(u"oauth/token"_s), 1);
    }

    void startsFromARefreshTokenAlone()
    {
        m_portal->tokens()->setTokens(QString(), m_portal->server().initialRefreshToken());
        const ApiResult result = waitForResult(m_portal->client()->call(u"biconnector.connector.list"_s));
        QVERIFY2(result.ok(), qPrintable(result.error.details()));
        QCOMPARE(m_portal->server().requestCount(u"oauth/token"_s), 1);
        QCOMPARE(m_portal->restRequests(), 1);   // no request went out with an empty token
        QCOMPARE(m_store->writes().size(), 1);
    }

    void storeFailureIsReportedButDoesNotBlock()
    {
        m_store->setFailWrites(true);
        m_portal->server().expireAllAccessTokens();
        QSignalSpy storeFailed(m_portal->tokens(), &TokenManager::refreshTokenStoreFailed);
        const ApiResult result = waitForResult(m_portal->client()->call(u"biconnector.connector.list"_s));
        QVERIFY2(result.ok(), qPrintable(result.error.details()));
        QCOMPARE(storeFailed.size(), 1);
    }

    void authorizationCodeExchange()
    {
        // The sign-in flow's browser step, done by hand: approve and read the code off the redirect.
        QNetworkAccessManager network;
        QUrl authorize = m_portal->server().oauthUrl().resolved(QUrl(u"authorize/"_s));
        authorize.setQuery(QUrlQuery{{u"client_id"_s, m_portal->server().options().clientId},
                                     {u"redirect_uri"_s, u"http://127.0.0.1:9/callback"_s},
                                     {u"approve"_s, u"1"_s}});
        QNetworkRequest request(authorize);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = network.get(request);
        QSignalSpy replyDone(reply, &QNetworkReply::finished);
        QVERIFY(replyDone.wait(5000));
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        reply->deleteLater();
        const QString code = QUrlQuery(location).queryItemValue(u"code"_s);
        QVERIFY2(!code.isEmpty(), qPrintable(location.toString()));

        m_portal->tokens()->clearTokens();
        const ApiResult result = waitForResult(m_portal->tokens()->exchangeAuthorizationCode(code));
        QVERIFY2(result.ok(), qPrintable(result.error.details()));
        const TokenSet tokens = TokenSet::fromJson(result.result.toObject());
        QCOMPARE(tokens.clientEndpoint, m_portal->server().restUrl());
        QVERIFY(!tokens.memberId.isEmpty());
        QVERIFY(tokens.expiresIn > 0);
        QVERIFY(m_portal->tokens()->hasAccessToken());
        QCOMPARE(m_store->value(StoreKey), tokens.refreshToken);
        QVERIFY(waitForResult(m_portal->client()->call(u"biconnector.connector.list"_s)).ok());

        // A code works once.
        const ApiResult again = waitForResult(m_portal->tokens()->exchangeAuthorizationCode(code));
        QCOMPARE(again.error.kind(), ApiError::Kind::SignInRequired);
    }

private:
    std::unique_ptr<SandboxFixture> m_portal;
    std::unique_ptr<RecordingSecretStore> m_store;
};

QTEST_GUILESS_MAIN(TestTokenRefresh)
#include "tst_tokenrefresh.moc"
