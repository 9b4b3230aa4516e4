// Transport security of the api layer against the sandbox: tokens and the client secret never go
// to a plain-http:// host other than this computer (the call fails with a clear INSECURE_URL
// error and no byte reaches the server), and a TLS failure (the sandbox serving HTTPS with a
// self-signed certificate generated at test time with the openssl CLI) is reported as such,
// never retried and never ignored. A client that trusts the certificate gets through, so the
// failure is the certificate's and nothing else.
#include "api/transport/apicall.h"
#include "api/transport/portalsession.h"
#include "api/transport/portalurl.h"
#include "api/journal/requestjournal.h"
#include "api/transport/restclient.h"
#include "api/auth/tokenmanager.h"

#include "support/sandboxfixture.h"

#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// An address of this machine that is not loopback: plain HTTP to it must be refused although a
// server listens there. Empty when the machine has no such interface.
QString nonLoopbackAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            return address.toString();
    }
    return {};
}

void verifyClearMessage(const ApiError &error)
{
    const QString message = error.userMessage();
    QVERIFY2(!message.isEmpty(), qPrintable(error.details()));
    QVERIFY2(!message.contains(u'{'), qPrintable(message));
}

} // namespace

class TestTransportSecurity : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tls;
    QString m_certificate;
    QString m_key;

    // Refreshes the access token of `tokens` and returns the outcome.
    std::optional<ApiError> refresh(TokenManager *tokens)
    {
        std::optional<ApiError> outcome;
        tokens->refreshAccessToken(tokens->accessToken(), this, [&](const ApiError &error) { outcome = error; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return std::nullopt;
        return outcome;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        QVERIFY2(!openssl.isEmpty(), "the openssl CLI is missing (scripts/debian-packages.txt)");
        QVERIFY(m_tls.isValid());
        m_certificate = m_tls.filePath(u"cert.pem"_s);
        m_key = m_tls.filePath(u"key.pem"_s);
        QProcess process;
        process.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, m_key,
                                u"-out"_s, m_certificate, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                                u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    void plainHttpToAnotherHostIsRefused()
    {
        SandboxOptions options;
        options.host = QHostAddress::AnyIPv4;
        SandboxServer server; // listens on every interface
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        const QString address = nonLoopbackAddress();
        const QUrl remote(u"http://%1:%2/rest/"_s.arg(address.isEmpty() ? u"192.0.2.1"_s : address).arg(server.port()));

        PortalSession session;
        QVERIFY(!session.setRestEndpoint(remote));
        session.tokens()->setTokens(server.initialAccessToken(), server.initialRefreshToken());
        const ApiResult result = waitForResult(session.client()->call(u"biconnector.connector.list"_s));
        QCOMPARE(result.error.code(), u"INSECURE_URL"_s);
        verifyClearMessage(result.error);
        QVERIFY2(result.error.userMessage().contains(u"http://"_s), qPrintable(result.error.userMessage()));
        QVERIFY(session.journal()->entries().isEmpty());

        // The token endpoint: the client secret and the refresh token stay home as well.
        QUrl tokenEndpoint = remote;
        tokenEndpoint.setPath(u"/oauth/token/"_s);
        session.tokens()->setTokenEndpoint(tokenEndpoint);
        session.tokens()->setClientCredentials(options.clientId, options.clientSecret);
        const std::optional<ApiError> refreshed = refresh(session.tokens());
        QVERIFY(refreshed.has_value());
        QCOMPARE(refreshed->code(), u"INSECURE_URL"_s);
        verifyClearMessage(*refreshed);
        if (!address.isEmpty())
            QCOMPARE(server.requestCount(), 0); // a server listened there and heard nothing
        else
            qInfo("no non-loopback interface: refusal checked without a listening server");

        // The same server over loopback HTTP is fine (the sandbox, a local development portal).
        QVERIFY(session.setRestEndpoint(QUrl(u"http://127.0.0.1:%1/rest/"_s.arg(server.port()))));
        QVERIFY(waitForResult(session.client()->call(u"biconnector.connector.list"_s)).ok());
    }

    void selfSignedCertificateIsReportedNeverIgnored()
    {
        SandboxOptions options;
        options.seed = u"demo"_s;
        options.tlsCertificateFile = m_certificate;
        options.tlsKeyFile = m_key;
        SandboxFixture portal;
        QString error;
        QVERIFY2(portal.start(options, &error), qPrintable(error));
        QCOMPARE(portal.server().restUrl().scheme(), u"https"_s);
        portal.server().resetRequestCounts();

        CallRecorder calls;
        calls.add(portal.client()->call(u"biconnector.connector.list"_s));                  // a read (retried on 5xx)
        calls.add(portal.client()->call(u"biconnector.source.delete"_s, {{u"id"_s, 1}})); // a write
        QVERIFY(calls.waitAll());
        for (int i = 0; i < calls.size(); ++i) {
            const ApiResult result = calls.result(i);
            QVERIFY(!result.ok());
            QCOMPARE(calls.finishCount(i), 1);
            QCOMPARE(result.error.kind(), ApiError::Kind::Transport);
            QVERIFY2(result.error.isTlsFailure(), qPrintable(result.error.details()));
            verifyClearMessage(result.error);
            QVERIFY2(result.error.userMessage().contains(u"certificate"_s), qPrintable(result.error.userMessage()));
            QVERIFY2(result.error.userMessage().contains(u"self-signed"_s, Qt::CaseInsensitive),
                     qPrintable(result.error.userMessage()));
        }
        // One attempt each, recorded as failures; nothing reached the portal's REST handler.
        const QList<JournalEntry> entries = portal.session().journal()->entries();
        QCOMPARE(entries.size(), 2);
        for (const JournalEntry &entry : entries)
            QCOMPARE(entry.errorCode, u"SslHandshakeFailedError"_s);
        QCOMPARE(portal.restRequests(), 0);

        // The token endpoint over the same untrusted HTTPS.
        portal.tokens()->setTokenEndpoint(portal.server().oauthUrl().resolved(QUrl(u"token/"_s)));
        const std::optional<ApiError> refreshed = refresh(portal.tokens());
        QVERIFY(refreshed.has_value());
        QVERIFY2(refreshed->isTlsFailure(), qPrintable(refreshed->details()));
        verifyClearMessage(*refreshed);
        QCOMPARE(portal.server().requestCount(u"oauth/token"_s), 0);
        QVERIFY(!portal.tokens()->accessToken().isEmpty()); // a TLS failure is no reason to sign out

        // Control: trusting the certificate, the same calls succeed over HTTPS.
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificates(m_certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        PortalSession trusted;
        QVERIFY(trusted.setRestEndpoint(portal.server().restUrl()));
        trusted.tokens()->setTokens(portal.server().initialAccessToken(), portal.server().initialRefreshToken());
        const ApiResult listed = waitForResult(trusted.client()->call(u"biconnector.connector.list"_s));
        QSslConfiguration::setDefaultConfiguration(original);
        QVERIFY2(listed.ok(), qPrintable(listed.error.details()));
        QCOMPARE(portal.restRequests(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTransportSecurity)

#include "tst_transportsecurity.moc"
