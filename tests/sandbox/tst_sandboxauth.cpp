// Authentication: token transport and precedence, 401 codes, expiry and refresh with rotation,
// the authorize page (Allow/Deny) and the code exchange, URL forms.

#include "sandboxclient.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

    QUrl tokenUrl(const QUrlQuery &query) const
    {
        QUrl url = m_server->oauthUrl().resolved(QUrl(u"token/"_s));
        url.setQuery(query);
        return url;
    }

    SandboxReply refresh(const QString &refreshToken, const QString &secret = u"sandbox-client-secret"_s)
    {
        QUrlQuery query;
        query.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        query.addQueryItem(u"client_id"_s, m_server->options().clientId);
        query.addQueryItem(u"client_secret"_s, secret);
        query.addQueryItem(u"refresh_token"_s, refreshToken);
        return m_client->get(tokenUrl(query));
    }

    SandboxReply exchange(const QString &code)
    {
        QNetworkRequest request(m_server->oauthUrl().resolved(QUrl(u"token/"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        form.addQueryItem(u"client_id"_s, m_server->options().clientId);
        form.addQueryItem(u"client_secret"_s, m_server->options().clientSecret);
        form.addQueryItem(u"code"_s, code);
        return m_client->send(request, form.toString(QUrl::FullyEncoded).toUtf8());
    }

    QUrl authorizeUrl() const
    {
        QUrl url = m_server->oauthUrl().resolved(QUrl(u"authorize/"_s));
        QUrlQuery query;
        query.addQueryItem(u"client_id"_s, m_server->options().clientId);
        query.addQueryItem(u"response_type"_s, u"code"_s);
        query.addQueryItem(u"redirect_uri"_s, u"http://127.0.0.1:5999/callback"_s);
        query.addQueryItem(u"state"_s, u"xyz 42"_s);
        url.setQuery(query);
        return url;
    }

    static QUrl linkById(const QByteArray &html, const QString &id)
    {
        const QRegularExpression link(u"id=\"%1\" href=\"([^\"]+)\""_s.arg(id));
        const auto match = link.match(QString::fromUtf8(html));
        if (!match.hasMatch())
            return {};
        QString href = match.captured(1);
        href.replace(u"&amp;"_s, u"&"_s);
        return QUrl(href);
    }

    int listStatus(const QString &token)
    {
        m_client->setToken(token);
        return m_client->call(u"biconnector.connector.list"_s).status;
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(startSandbox(m_server, m_client, {}, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void missingAndInvalidTokens()
    {
        m_client->setToken(QString());
        const SandboxReply none = m_client->call(u"biconnector.connector.list"_s);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.object(), (QJsonObject{{u"error"_s, u"NO_AUTH_FOUND"_s}, {u"error_description"_s, u"Wrong authorization data"_s}}));
        m_client->setToken(u"not-a-token"_s);
        const SandboxReply invalid = m_client->call(u"biconnector.connector.list"_s);
        QCOMPARE(invalid.status, 401);
        QCOMPARE(invalid.topError(), u"invalid_token"_s);
        // An unknown method is reported before authentication.
        QCOMPARE(m_client->call(u"no.such.method"_s, {}, false).status, 404);
    }

    void tokenTransportsAndPrecedence()
    {
        const QString token = m_server->initialAccessToken();
        QNetworkRequest request(m_server->restUrl().resolved(QUrl(u"biconnector.connector.list.json"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader(QByteArrayLiteral("Authorization"), "bearer  " + token.toUtf8());
        // The header wins over a wrong "auth" parameter.
        QCOMPARE(m_client->send(request, "{\"auth\":\"wrong\"}").status, 200);
        // access_token when there is no auth.
        QCOMPARE(m_client->get(m_server->restUrl().resolved(QUrl(u"biconnector.connector.list/?access_token="_s + token))).status,
                 200);
        // An array-valued auth is ignored.
        QCOMPARE(m_client->postJson(m_server->restUrl().resolved(QUrl(u"biconnector.connector.list"_s)),
                                    "{\"auth\":[\"" + token.toUtf8() + "\"]}")
                     .topError(),
                 u"NO_AUTH_FOUND"_s);
        // POST values override GET values.
        const QUrl withQuery = m_server->restUrl().resolved(QUrl(u"biconnector.connector.list?auth=wrong"_s));
        QCOMPARE(m_client->postJson(withQuery, "{\"auth\":\"" + token.toUtf8() + "\"}").status, 200);
    }

    void xmlTransport()
    {
        const SandboxReply reply = m_client->get(m_server->restUrl().resolved(
            QUrl(u"biconnector.connector.fields.xml?auth="_s + m_server->initialAccessToken())));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("text/xml"));
        QVERIFY(reply.body.contains("<response><result><fields><item><title>id</title>"));
    }

    void expiredTokenIsRefreshedWithRotation()
    {
        m_server->expireAllAccessTokens();
        const SandboxReply expired = m_client->call(u"biconnector.connector.list"_s);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.object(), (QJsonObject{{u"error"_s, u"expired_token"_s},
                                               {u"error_description"_s, u"The access token provided has expired"_s}}));

        const QString oldRefresh = m_server->initialRefreshToken();
        const SandboxReply renewed = refresh(oldRefresh);
        QCOMPARE(renewed.status, 200);
        const QJsonObject tokens = renewed.object();
        for (const QString &key : {u"access_token"_s, u"refresh_token"_s, u"expires"_s, u"expires_in"_s, u"scope"_s,
                                   u"domain"_s, u"server_endpoint"_s, u"status"_s, u"client_endpoint"_s, u"member_id"_s,
                                   u"user_id"_s})
            QVERIFY2(tokens.contains(key), qPrintable(key));
        QCOMPARE(tokens.value(u"client_endpoint"_s).toString(), m_server->restUrl().toString());
        QCOMPARE(tokens.value(u"scope"_s).toString(), u"biconnector"_s);
        QCOMPARE(tokens.value(u"expires_in"_s).toInt(), 3600);
        QVERIFY(tokens.value(u"refresh_token"_s).toString() != oldRefresh);
        QCOMPARE(m_server->requestCount(u"oauth/token"_s), 1);

        QCOMPARE(listStatus(tokens.value(u"access_token"_s).toString()), 200);
        // The old refresh token is gone.
        const SandboxReply reused = refresh(oldRefresh);
        QCOMPARE(reused.status, 400);
        QCOMPARE(reused.topError(), u"invalid_grant"_s);
        // The new one works exactly once more.
        QCOMPARE(refresh(tokens.value(u"refresh_token"_s).toString()).status, 200);
        QCOMPARE(refresh(tokens.value(u"refresh_token"_s).toString()).topError(), u"invalid_grant"_s);
    }

    void tokenEndpointErrors()
    {
        QCOMPARE(refresh(m_server->initialRefreshToken(), u"wrong-secret"_s).topError(), u"invalid_client"_s);
        QCOMPARE(refresh(m_server->initialRefreshToken(), u"wrong-secret"_s).status, 401);
        QUrlQuery query;
        query.addQueryItem(u"grant_type"_s, u"password"_s);
        QCOMPARE(m_client->get(tokenUrl(query)).topError(), u"unsupported_grant_type"_s);
        QCOMPARE(m_client->get(tokenUrl({})).topError(), u"invalid_request"_s);
        m_server->setTokenTtl(120);
        QCOMPARE(refresh(m_server->initialRefreshToken()).object().value(u"expires_in"_s).toInt(), 120);
    }

    void tokenEndpointFaultsAreInjectedByName()
    {
        m_server->injectFault(SandboxFault::ServerError); // any method: only /rest/ sees it
        QCOMPARE(refresh(m_server->initialRefreshToken()).status, 200);
        QCOMPARE(m_client->call(u"biconnector.connector.list"_s).status, 500);

        const SandboxReply second = refresh(m_server->initialRefreshToken());
        QCOMPARE(second.topError(), u"invalid_grant"_s); // rotated by the first refresh
        const SandboxServer::Tokens tokens = m_server->issueTokens(m_server->options().clientId);
        m_server->injectFault(SandboxFault::ServiceUnavailable, 1, u"oauth/token"_s);
        QCOMPARE(refresh(tokens.refreshToken).status, 503);
        // Rotated, but the answer is cut off: the client holds a dead refresh token.
        m_server->dropReplyAfterCommit(u"oauth/token"_s);
        QCOMPARE(refresh(tokens.refreshToken).networkError, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(refresh(tokens.refreshToken).topError(), u"invalid_grant"_s);
    }

    void authorizePageRedirectsWithCodeAndState()
    {
        const SandboxReply page = m_client->get(authorizeUrl());
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        const QUrl allow = linkById(page.body, u"allow"_s);
        QVERIFY2(allow.isValid() && !allow.isEmpty(), page.body.constData());

        const SandboxReply approved = m_client->get(allow);
        QCOMPARE(approved.status, 302);
        const QUrl location(QString::fromUtf8(approved.header("Location")));
        QCOMPARE(location.host(), u"127.0.0.1"_s);
        QCOMPARE(location.path(), u"/callback"_s);
        const QUrlQuery query(location);
        QCOMPARE(query.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"xyz 42"_s);
        QCOMPARE(query.queryItemValue(u"scope"_s), u"biconnector"_s);
        QVERIFY(!query.queryItemValue(u"member_id"_s).isEmpty());
        const QString code = query.queryItemValue(u"code"_s);
        QVERIFY(!code.isEmpty());

        const SandboxReply tokens = exchange(code);
        QCOMPARE(tokens.status, 200);
        QCOMPARE(listStatus(tokens.object().value(u"access_token"_s).toString()), 200);
        QCOMPARE(exchange(code).topError(), u"invalid_grant"_s); // single use

        const SandboxReply denied = m_client->get(linkById(page.body, u"deny"_s));
        QCOMPARE(denied.status, 302);
        QCOMPARE(QUrlQuery(QUrl(QString::fromUtf8(denied.header("Location")))).queryItemValue(u"error"_s), u"access_denied"_s);
    }

    void authorizeRefusesUnknownApplicationsAndCanAutoApprove()
    {
        QUrl unknown = authorizeUrl();
        QUrlQuery query(unknown);
        query.removeAllQueryItems(u"client_id"_s);
        query.addQueryItem(u"client_id"_s, u"local.unknown"_s);
        unknown.setQuery(query);
        QCOMPARE(m_client->get(unknown).status, 400);

        m_server->setAutoApprove(true);
        const SandboxReply direct = m_client->get(authorizeUrl());
        QCOMPARE(direct.status, 302);
        QVERIFY(QUrlQuery(QUrl(QString::fromUtf8(direct.header("Location")))).hasQueryItem(u"code"_s));
        QCOMPARE(m_server->requestCount(u"oauth/authorize"_s), 2);
    }

    void tokensNeedTheBiconnectorScope()
    {
        const SandboxServer::Tokens narrow = m_server->issueTokens(m_server->options().clientId, 1, u"crm,user"_s);
        m_client->setToken(narrow.accessToken);
        const SandboxReply refused = m_client->call(u"biconnector.connector.list"_s);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.topError(), u"insufficient_scope"_s);
        // batch itself is global; its biconnector commands are refused one by one.
        const SandboxReply batch = m_client->call(u"batch"_s, {{u"cmd"_s, QJsonObject{{u"a"_s, u"biconnector.connector.list"_s}}}});
        QCOMPARE(batch.status, 200);
        QCOMPARE(batch.result()[u"result_error"_s][u"a"_s][u"error"_s].toString(), u"insufficient_scope"_s);
        // A refresh keeps the token's scope.
        QCOMPARE(refresh(narrow.refreshToken).object().value(u"scope"_s).toString(), u"crm,user"_s);
    }

    void tokensOfAnotherApplication()
    {
        QVERIFY(m_server->issueTokens(u"local.unregistered"_s).accessToken.isEmpty());
        m_server->registerClient(u"local.second"_s, u"second-secret"_s);
        const SandboxServer::Tokens tokens = m_server->issueTokens(u"local.second"_s, 7);
        QCOMPARE(listStatus(tokens.accessToken), 200);
        QUrlQuery query;
        query.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        query.addQueryItem(u"client_id"_s, u"local.second"_s);
        query.addQueryItem(u"client_secret"_s, u"second-secret"_s);
        query.addQueryItem(u"refresh_token"_s, tokens.refreshToken);
        const QJsonObject renewed = m_client->get(tokenUrl(query)).object();
        QCOMPARE(renewed.value(u"user_id"_s).toInt(), 7);
        // A refresh token belongs to its application.
        QCOMPARE(refresh(renewed.value(u"refresh_token"_s).toString()).topError(), u"invalid_grant"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"
