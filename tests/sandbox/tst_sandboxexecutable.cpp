// The biworkspace-sandbox executable: one ready line of JSON, curl-like calls answered, --help,
// bad options refused, and a clean exit on SIGTERM/SIGINT.

#include "sandboxclient.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestSandboxExecutable : public QObject
{
    Q_OBJECT

    static QString executable() { return QStringLiteral(BIW_SANDBOX_EXECUTABLE); }

    // Starts the sandbox and returns its parsed ready line (empty on failure).
    static QJsonObject startSandbox(QProcess &process, const QStringList &arguments)
    {
        QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
        process.start(executable(), arguments);
        while (!process.canReadLine()) {
            if (!output.wait(10000))
                return {};
        }
        return QJsonDocument::fromJson(process.readLine()).object();
    }

    static bool finish(QProcess &process)
    {
        if (process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&process, &QProcess::finished);
        return finished.wait(5000);
    }

    static void stopWith(QProcess &process, int signal)
    {
        ::kill(pid_t(process.processId()), signal);
        QVERIFY(finish(process));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

private slots:
    void readyLineCurlCallAndSigterm()
    {
        QProcess process;
        const QJsonObject ready = startSandbox(process, {u"--seed"_s, u"demo"_s, u"--port"_s, u"0"_s});
        QVERIFY2(!ready.isEmpty(), process.readAllStandardError().constData());
        for (const QString &key : {u"rest"_s, u"oauth"_s, u"connector"_s, u"client_id"_s, u"client_secret"_s,
                                   u"access_token"_s, u"refresh_token"_s})
            QVERIFY2(!ready.value(key).toString().isEmpty(), qPrintable(key));
        const QUrl rest(ready.value(u"rest"_s).toString());
        QCOMPARE(rest.host(), u"127.0.0.1"_s);
        QVERIFY(rest.port() > 0);

        // The README's curl example: POST JSON with "auth".
        QNetworkAccessManager network;
        QNetworkRequest request(rest.resolved(QUrl(u"biconnector.connector.list"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const SandboxReply reply = SandboxClient::wait(network.post(
            request, QJsonDocument(QJsonObject{{u"auth"_s, ready.value(u"access_token"_s)}}).toJson()));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.result().toArray().size(), 3);
        QVERIFY(!process.canReadLine()); // exactly one line on stdout

        stopWith(process, SIGTERM);
    }

    void sigintStopsToo()
    {
        QProcess process;
        QVERIFY(!startSandbox(process, {u"--db"_s, u":memory:"_s, u"--bucket"_s, u"10/1"_s}).isEmpty());
        stopWith(process, SIGINT);
    }

    void helpAndBadOptions()
    {
        QProcess help;
        help.start(executable(), {u"--help"_s});
        QVERIFY(finish(help));
        QCOMPARE(help.exitCode(), 0);
        const QByteArray text = help.readAllStandardOutput();
        for (const char *option : {"--seed", "--latency", "--fault-rate", "--bucket", "--token-ttl", "--portal-version",
                                   "--private-ip-refusal", "--operating-limit", "--client-id"})
            QVERIFY2(text.contains(option), option);

        QProcess bad;
        bad.start(executable(), {u"--portal-version"_s, u"1.0"_s});
        QVERIFY(finish(bad));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("portal-version"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandboxexecutable.moc"
