#pragma once

// Helpers of the secret-leak tests: an isolated HOME for the test process, a capture of every log
// message (all categories at debug level), scans of files and texts for the spellings a leaked
// secret could take (as is, percent-encoded, JSON-escaped), and a connector whose check accepts any
// setting values (so a distinctive value gets saved).
#include "api/entities/entities.h"

#include <QApplication>
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QLoggingCategory>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace SecretScan {

struct CapturedMessage
{
    QString category;
    QString text;
};

// Captures every message of the process while it exists (one at a time). Warnings and worse are
// still passed on to the previous handler so a failing test shows them. Create it in initTestCase():
// QTest::qExec() installs its own handler when it starts.
class LogCapture
{
public:
    LogCapture()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
        s_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture() { stop(); }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    void stop()
    {
        if (s_previous) {
            qInstallMessageHandler(s_previous);
            s_previous = nullptr;
        }
    }
    // Messages of the client: the sandbox's own biw.sandbox* categories are the portal's server logs.
    static QList<CapturedMessage> clientMessages()
    {
        QMutexLocker lock(&mutex());
        QList<CapturedMessage> client;
        for (const CapturedMessage &message : std::as_const(messages())) {
            if (!message.category.startsWith(QStringLiteral("biw.sandbox")))
                client.append(message);
        }
        return client;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        {
            QMutexLocker lock(&mutex());
            messages().append({QString::fromUtf8(context.category ? context.category : "default"), text});
        }
        if (type >= QtWarningMsg && s_previous)
            s_previous(type, context, text);
    }
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static QList<CapturedMessage> &messages()
    {
        static QList<CapturedMessage> list;
        return list;
    }
    static inline QtMessageHandler s_previous = nullptr;
};

// The spellings a leaked value could take in a file: as is, percent-encoded, JSON-escaped.
inline QList<QByteArray> spellings(const QString &secret)
{
    const QByteArray json = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    return {secret.toUtf8(), QUrl::toPercentEncoding(secret), json.mid(2).chopped(2)};
}

// The secrets (any spelling) found in `bytes`.
inline QStringList secretsIn(const QByteArray &bytes, const QStringList &secrets)
{
    QStringList found;
    for (const QString &secret : secrets) {
        for (const QByteArray &spelling : spellings(secret)) {
            if (bytes.contains(spelling)) {
                found << secret;
                break;
            }
        }
    }
    return found;
}

// Every file under `folder` that contains one of `secrets` (path: what leaked); *scanned counts the files.
inline QStringList filesWithSecrets(const QString &folder, const QStringList &secrets, int *scanned)
{
    QStringList offenders;
    *scanned = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            offenders << path + QStringLiteral(": unreadable");
            continue;
        }
        ++*scanned;
        const QStringList found = secretsIn(file.readAll(), secrets);
        if (!found.isEmpty())
            offenders << path + QStringLiteral(": ") + found.join(QStringLiteral(", "));
    }
    return offenders;
}

// Points HOME and the XDG folders at a fresh folder for this test and turns every biw.* category
// on. Under CTest HOME is the test's own folder (cmake/BiwAddTest.cmake); run by hand, `fallback`.
// Call in main() before the application object exists. Returns the canonical HOME.
inline QString isolateHome(const QString &testName, const QTemporaryDir &fallback)
{
    QString home = qEnvironmentVariable("HOME");
    if (!home.contains(QStringLiteral("/test-home/") + testName))
        home = fallback.path();
    QDir(home).removeRecursively();
    QDir().mkpath(home);
    home = QDir(home).canonicalPath();
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/cache")).toUtf8());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_STATE_HOME", (home + QStringLiteral("/state")).toUtf8());
    qunsetenv("QT_LOGGING_RULES"); // LogCapture turns every category on
    return home;
}

// main() of a secret-leak test: isolates HOME (into *home) before the application exists, then runs `Test`.
template <typename Test>
int runIsolated(const QString &testName, QString *home, int argc, char **argv)
{
    QTemporaryDir fallback;
    *home = isolateHome(testName, fallback);
    QApplication app(argc, argv);
    Test test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

// A connector on the sample connector's "acceptsanything" endpoints with the settings login, apikey
// (where the distinctive value goes) and pin.
inline Connector acceptAnythingConnector(const QUrl &connectorUrl, const QString &title)
{
    Connector connector;
    connector.title = title;
    connector.logo = QStringLiteral("data:image/svg+xml;base64,")
                     + QString::fromLatin1(QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" "
                                                             "height=\"8\"><rect width=\"8\" height=\"8\"/></svg>")
                                               .toBase64());
    const auto endpoint = [&](const char *name) {
        return connectorUrl.resolved(QUrl(QStringLiteral("broken/acceptsanything/") + QLatin1StringView(name))).toString();
    };
    connector.urlCheck = endpoint("check");
    connector.urlTableList = endpoint("tables");
    connector.urlTableDescription = endpoint("describe");
    connector.urlData = endpoint("data");
    connector.settings = {ConnectorSetting{QStringLiteral("Login"), QStringLiteral("login"), QStringLiteral("STRING")},
                          ConnectorSetting{QStringLiteral("API key"), QStringLiteral("apikey"), QStringLiteral("STRING")},
                          ConnectorSetting{QStringLiteral("PIN"), QStringLiteral("pin"), QStringLiteral("INT")}};
    return connector;
}

} // namespace SecretScan
