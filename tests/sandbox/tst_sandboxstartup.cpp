#include "sandbox/sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxStartup : public QObject
{
    Q_OBJECT
private slots:
    void listensOnLoopbackAndPrintsReadyLine()
    {
        SandboxServer server;
        QString error;
        QVERIFY2(server.start(SandboxOptions{}, &error), qPrintable(error));
        QVERIFY(server.port() > 0);
        QCOMPARE(server.restUrl().host(), u"127.0.0.1"_s);

        const QJsonObject line = QJsonDocument::fromJson(server.readyLine()).object();
        const QStringList keys{u"rest"_s,         u"oauth"_s,        u"connector"_s,    u"client_id"_s,
                               u"client_secret"_s, u"access_token"_s, u"refresh_token"_s};
        for (const QString &key : keys)
            QVERIFY2(!line.value(key).toString().isEmpty(), qPrintable(key));
        QCOMPARE(line.value(u"rest"_s).toString(), server.restUrl().toString());
    }

    void unknownMethodIsTopLevel404()
    {
        SandboxServer server;
        QVERIFY(server.start(SandboxOptions{}));
        QNetworkAccessManager nam;
        QNetworkRequest request(server.restUrl().resolved(QUrl(u"no.such.method"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = nam.post(request, QByteArrayLiteral("{}"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(u"error"_s).toString(), u"ERROR_METHOD_NOT_FOUND"_s);
        reply->deleteLater();
    }

    void rejectsBadOptions()
    {
        SandboxOptions options;
        QString error;
        bool help = false;
        QVERIFY(!options.parse({u"sandbox"_s, u"--bucket"_s, u"fifty"_s}, &error, &help));
        QVERIFY(error.contains(u"bucket"_s));
        QVERIFY(options.parse({u"sandbox"_s, u"--seed"_s, u"scale:2/3/4"_s, u"--bucket"_s, u"250/5"_s},
                              &error, &help));
        QCOMPARE(options.bucketBurst, 250);
        QCOMPARE(options.bucketRate, 5.0);
        QCOMPARE(options.seed, u"scale:2/3/4"_s);
        QVERIFY(!options.parse({u"sandbox"_s, u"--tls-cert"_s, u"cert.pem"_s}, &error, &help));
        QVERIFY(error.contains(u"--tls-key"_s));
    }

    void missingTlsFilesAreReported()
    {
        SandboxOptions options;
        options.tlsCertificateFile = u"/nonexistent/cert.pem"_s;
        options.tlsKeyFile = u"/nonexistent/key.pem"_s;
        SandboxServer server;
        QString error;
        QVERIFY(!server.start(options, &error));
        QVERIFY2(error.contains(u"cert.pem"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSandboxStartup)
#include "tst_sandboxstartup.moc"
