// The interactive sign-in against the sandbox's real OAuth pages: the browser's Allow comes back
// through the loopback listener or a pasted address, the code is exchanged, access is verified by
// listing connectors, and the refresh token lands in the secret store. Every failure is explained
// in words: wrong secret, reused code, refusal, no BI Builder access, missing scope.
#include "api/auth/memorysecretstore.h"
#include "api/transport/portalsession.h"
#include "api/auth/tokenmanager.h"
#include "support/sandboxsignin.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

SecretResult readNow(SecretStore &store, const QString &key)
{
    QSignalSpy done(store.readSecret(key), &SecretRequest::finished);
    if (!done.wait(5000))
        return {};
    return done.at(0).at(0).value<SecretResult>();
}

} // namespace

class TestSignInFlow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PortalSession> m_session;
    MemorySecretStore m_store;
    QString m_secret;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SecretResult>();
        QString error;
        m_server = startDemoSandbox(&error);
        QVERIFY2(m_server, qPrintable(error));
        m_secret = m_server->options().clientSecret;
    }

    void init()
    {
        m_session = std::make_unique<PortalSession>();
        m_server->settings().biAccess = true;
    }

    void signsInThroughTheLoopbackListener()
    {
        const Profile profile = sandboxProfile(*m_server);
        SignInFlow flow;
        QSignalSpy succeeded(&flow, &SignInFlow::succeeded);
        QSignalSpy opened(&flow, &SignInFlow::openBrowserRequested);
        SandboxBrowser browser;
        QVERIFY(browseSignIn(&flow, [&] { flow.start(profile, m_secret, m_session.get(), &m_store); }, browser));

        const QUrl authorize = opened.at(0).at(0).toUrl();
        QCOMPARE(authorize.path(), u"/oauth/authorize/"_s);
        QCOMPARE(QUrlQuery(authorize).queryItemValue(u"client_id"_s), profile.clientId);
        QCOMPARE(browser.status(), 200);
        QCOMPARE(browser.finalUrl().port(), int(profile.redirectPort));
        QVERIFY(browser.body().contains("You can return to BI Workspace"));

        QCOMPARE(flow.stage(), SignInFlow::Stage::Succeeded);
        QCOMPARE(succeeded.size(), 1);
        QVERIFY(!flow.connectors().isEmpty());
        QCOMPARE(flow.connectors().size(), m_server->connectorCount(profile.clientId));
        QVERIFY(m_session->tokens()->hasAccessToken());
        QCOMPARE(m_session->restEndpoint(), profile.restEndpoint());

        const SecretResult stored = readNow(m_store, profile.refreshTokenKey());
        QVERIFY(stored.ok());
        const auto refreshTokens = m_server->query(u"SELECT token FROM oauth_tokens WHERE kind = 'refresh'"_s);
        QVERIFY(std::any_of(refreshTokens.cbegin(), refreshTokens.cend(),
                            [&](const QVariantMap &row) { return row.value(u"token"_s).toString() == stored.value; }));
    }

    void signsInWithAPastedAddress()
    {
        Profile profile = sandboxProfile(*m_server);
        SignInFlow flow;
        SandboxBrowser browser;
        QVERIFY(browseSignIn(&flow, [&] { flow.start(profile, m_secret, m_session.get(), &m_store); }, browser,
                             SandboxBrowser::Choice::StopBeforeRedirect));
        QCOMPARE(flow.stage(), SignInFlow::Stage::WaitingForBrowser);
        const QUrl target = browser.redirectTarget();
        QVERIFY(target.isValid());

        QString problem;
        QVERIFY(!flow.submitRedirectUrl(u"https://example.com/some/page"_s, &problem));
        QVERIFY(problem.contains(u"no sign-in code"_s));
        QUrl otherAttempt = target;
        QUrlQuery query(otherAttempt);
        query.removeAllQueryItems(u"state"_s);
        query.addQueryItem(u"state"_s, u"older"_s);
        otherAttempt.setQuery(query);
        QVERIFY(!flow.submitRedirectUrl(otherAttempt.toString(), &problem));
        QVERIFY(problem.contains(u"older sign-in attempt"_s));

        QSignalSpy succeeded(&flow, &SignInFlow::succeeded);
        QVERIFY(flow.submitRedirectUrl(u"  "_s + target.toString() + u"  "_s, &problem));
        QVERIFY(succeeded.wait(10000));
        QVERIFY(m_session->tokens()->hasAccessToken());
    }

    void explainsAWrongSecret()
    {
        const Profile profile = sandboxProfile(*m_server);
        SignInFlow flow;
        QSignalSpy failed(&flow, &SignInFlow::failed);
        SandboxBrowser browser;
        QVERIFY(browseSignIn(&flow, [&] { flow.start(profile, u"wrong"_s, m_session.get(), &m_store); }, browser));
        QCOMPARE(flow.stage(), SignInFlow::Stage::Failed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(flow.error().code(), u"invalid_client"_s);
        QVERIFY2(flow.errorMessage().contains(u"client ID or the client secret"_s), qPrintable(flow.errorMessage()));
        QVERIFY(!m_session->tokens()->hasAccessToken());
    }

    void explainsAReusedCode()
    {
        const Profile profile = sandboxProfile(*m_server);
        SignInFlow flow;
        SandboxBrowser browser;
        QVERIFY(browseSignIn(&flow, [&] { flow.start(profile, m_secret, m_session.get(), &m_store); }, browser,
                             SandboxBrowser::Choice::StopBeforeRedirect));
        const QUrl target = browser.redirectTarget();
        // Somebody else uses the code first (codes are single-use).
        QUrl steal = profile.tokenEndpoint();
        steal.setQuery(u"grant_type=authorization_code&client_id=%1&client_secret=%2&code=%3"_s.arg(
            profile.clientId, m_secret, QUrlQuery(target).queryItemValue(u"code"_s)));
        QNetworkAccessManager network;
        QNetworkReply *stolen = network.get(QNetworkRequest(steal));
        QSignalSpy stolenDone(stolen, &QNetworkReply::finished);
        QVERIFY(stolenDone.wait(5000));
        QCOMPARE(stolen->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        stolen->deleteLater();

        QSignalSpy failed(&flow, &SignInFlow::failed);
        QVERIFY(flow.submitRedirectUrl(target.toString()));
        QVERIFY(failed.wait(10000));
        QCOMPARE(flow.error().code(), u"invalid_grant"_s);
        QVERIFY2(flow.errorMessage().contains(u"30 seconds"_s), qPrintable(flow.errorMessage()));
    }

    void explainsARefusal()
    {
        const Profile profile = sandboxProfile(*m_server);
        SignInFlow flow;
        SandboxBrowser browser;
        QVERIFY(browseSignIn(&flow, [&] { flow.start(profile, m_secret, m_session.get(), &m_store); }, browser,
                             SandboxBrowser::Choice::Deny));
        QCOMPARE(flow.stage(), SignInFlow::Stage::Failed);
        QVERIFY2(flow.errorMessage().contains(u"choose Allow"_s), qPrintable(flow.errorMessage()));
    }

    void explainsMissingBiBuilderAccess()
    {
        m_server->settings().biAccess = false;
        const Profile profile = sandboxProfile(*m_server);
        SignInFlow flow;
        SandboxBrowser browser;
        QVERIFY(browseSignIn(&flow, [&] { flow.start(profile, m_secret, m_session.get(), &m_store); }, browser));
        QCOMPARE(flow.stage(), SignInFlow::Stage::Failed);
        QCOMPARE(flow.error().code(), u"ACCESS_DENIED"_s);
        QVERIFY2(flow.errorMessage().contains(u"Access to BI Builder"_s), qPrintable(flow.errorMessage()));
        QVERIFY2(flow.errorMessage().contains(u"webhook"_s), qPrintable(flow.errorMessage()));
    }

    void explainsAMissingScope()
    {
        const Profile profile = sandboxProfile(*m_server);
        const ApiError scope = ApiError::fromErrorObject(
            {{u"error"_s, u"insufficient_scope"_s}, {u"error_description"_s, u"higher privileges"_s}}, 401,
            u"biconnector.connector.list"_s);
        QVERIFY(SignInFlow::explain(scope, profile).contains(u"\"biconnector\" scope"_s));
        const ApiError offline(ApiError::Kind::Transport, u"NETWORK_ERROR"_s, u"refused"_s);
        QVERIFY(SignInFlow::explain(offline, profile).contains(profile.portalUrl.host()));
    }

    void cancelStopsListening()
    {
        const Profile profile = sandboxProfile(*m_server);
        SignInFlow flow;
        flow.start(profile, m_secret, m_session.get(), &m_store);
        QVERIFY(flow.isRunning());
        QVERIFY(flow.listenerProblem().isEmpty());
        flow.cancel();
        QCOMPARE(flow.stage(), SignInFlow::Stage::Idle);
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(profile.redirectUri()));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        reply->deleteLater();
    }

    void explainsAnOccupiedPortButKeepsTheManualWay()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        Profile profile = sandboxProfile(*m_server);
        profile.redirectPort = occupier.serverPort();
        SignInFlow flow;
        flow.start(profile, m_secret, m_session.get(), &m_store);
        QCOMPARE(flow.stage(), SignInFlow::Stage::WaitingForBrowser);
        QVERIFY(flow.listenerProblem().contains(QString::number(occupier.serverPort())));
        flow.cancel();
    }
};

QTEST_GUILESS_MAIN(TestSignInFlow)
#include "tst_signinflow.moc"
