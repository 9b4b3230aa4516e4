// Secret-leak scan over the whole client. A distinctive client secret, the access and refresh
// tokens the sandbox actually issues and distinctive source setting values go through what users
// do: connect a profile (the client secret stored by the app's real secret store: the OS keychain,
// required under CI with BIW_REQUIRE_KEYCHAIN=1), sign in through the authorize page, a token
// refresh, creating and editing a source, reading it back (source.get answers with the values in
// clear), saving the request journal as JSON and exporting the configuration. Every log message
// of the client is captured (all categories at debug level). Afterwards none of the secrets, in
// any spelling, may appear in a file under the test's private HOME/XDG folders (QSettings and
// anything else), in the log capture, in the journal export or in the configuration export.
#include "api/transport/apicall.h"
#include "api/transport/portalsession.h"
#include "api/journal/requestjournal.h"
#include "api/transport/restclient.h"
#include "api/auth/tokenmanager.h"
#include "app/fallbacksecretstore.h"
#include "app/keychainsecretstore.h"
#include "app/portalcontroller.h"
#include "models/transfer/configurationexporter.h"
#include "models/operations/sourceoperations.h"
#include "ui/journal/journaldock.h"

#include "support/sandboxfixture.h"
#include "support/sandboxsignin.h"
#include "support/secretscan.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString Service = u"BI Workspace tests"_s;
const QString ClientSecret = u"Cs9LeakProbeClient4f1e8a2b"_s;
const QString SettingValue = u"Sv7LeakProbeSetting9c3d2e1f"_s;
const QString ChangedSettingValue = u"Sv7LeakProbeChanged5b6a7c8d"_s;
const QString SourceTitle = u"Leak probe source"_s;

QString g_home;

SecretResult awaitSecret(SecretRequest *request)
{
    QSignalSpy spy(request, &SecretRequest::finished);
    if (!spy.wait(30000))
        return SecretResult{SecretResult::Status::Failed, {}, u"timed out waiting for the secret store"_s};
    return spy.takeFirst().at(0).value<SecretResult>();
}

} // namespace

class TestSecretLeak : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SecretScan::LogCapture> m_log;
    SandboxServer m_server;
    std::unique_ptr<FallbackSecretStore> m_secrets;

    PortalOperation::Result write(PortalOperation *operation)
    {
        std::unique_ptr<PortalOperation> owned(operation);
        QSignalSpy finished(operation, &PortalOperation::finished);
        operation->start();
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<PortalOperation::Result>();
    }

private slots:
    void initTestCase()
    {
        m_log = std::make_unique<SecretScan::LogCapture>();
        qRegisterMetaType<SecretResult>();
        QCoreApplication::setOrganizationName(u"BIWorkspaceTests"_s);
        QCoreApplication::setApplicationName(u"tst_secretleak"_s);
        SandboxOptions options;
        options.seed = u"demo"_s;
        options.clientId = u"local.leakprobe.biworkspace"_s;
        options.clientSecret = ClientSecret;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));

        m_secrets = std::make_unique<FallbackSecretStore>(std::make_unique<KeychainSecretStore>(Service));
        if (qEnvironmentVariableIntValue("BIW_REQUIRE_KEYCHAIN") == 1) {
            const SecretResult canary = awaitSecret(m_secrets->writeSecret(u"canary"_s, u"1"_s));
            QVERIFY2(canary.ok() && !m_secrets->isUsingMemory(),
                     qPrintable(u"keychain unavailable: "_s + canary.errorText + m_secrets->unavailableReason()));
        }
    }

    void secretsGoNowhere()
    {
        // 1. Connect a profile: authorize page, code exchange, the secrets into the secret store.
        auto controller = std::make_unique<PortalController>(m_secrets.get());
        const Profile profile = sandboxProfile(m_server, u"Leak probe"_s);
        auto *session = new PortalSession;
        SignInFlow flow;
        SandboxBrowser browser;
        QVERIFY(browseSignIn(&flow, [&] { flow.start(profile, ClientSecret, session, m_secrets.get()); }, browser));
        QVERIFY2(flow.stage() == SignInFlow::Stage::Succeeded, qPrintable(flow.errorMessage()));
        controller->addSignedInProfile(profile, ClientSecret, session);
        QTRY_COMPARE_WITH_TIMEOUT(awaitSecret(m_secrets->readSecret(profile.clientSecretKey())).value, ClientSecret,
                                  20000);
        QVERIFY(!awaitSecret(m_secrets->readSecret(profile.refreshTokenKey())).value.isEmpty());
        if (qEnvironmentVariableIntValue("BIW_REQUIRE_KEYCHAIN") == 1)
            QVERIFY2(!m_secrets->isUsingMemory(), qPrintable(m_secrets->unavailableReason()));

        // 2. A token refresh: the portal expires the access token, the next call refreshes it.
        m_server.expireAllAccessTokens();
        const int tokenRequests = m_server.requestCount(u"oauth/token"_s);
        QVERIFY(waitForResult(session->client()->call(u"biconnector.connector.list"_s)).ok());
        QCOMPARE(m_server.requestCount(u"oauth/token"_s), tokenRequests + 1);

        // 3. A source with a distinctive setting value: created, read back in clear, edited.
        std::optional<Outcome<qint64>> added;
        session->biconnector()
            .addConnector(SecretScan::acceptAnythingConnector(m_server.connectorUrl(), u"Leak probe connector"_s))
            .onFinished(this, [&](const Outcome<qint64> &outcome) { added = outcome; });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 10000);
        QVERIFY2(added->ok(), qPrintable(added->error.details()));
        Source source;
        source.connectorId = added->value;
        source.title = SourceTitle;
        source.settings = {SourceSetting{0, u"login"_s, u"Login"_s, u"STRING"_s, u"probe"_s},
                           SourceSetting{0, u"apikey"_s, u"API key"_s, u"STRING"_s, SettingValue},
                           SourceSetting{0, u"pin"_s, u"PIN"_s, u"INT"_s, u"4711"_s}};
        const PortalOperation::Result created = write(new SourceAdd(session->biconnector(), nullptr, source));
        QVERIFY2(created.applied(), qPrintable(created.error.details()));
        std::optional<Outcome<Source>> stored;
        session->biconnector().getSource(created.id).onFinished(this, [&](const Outcome<Source> &o) { stored = o; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QVERIFY2(stored->ok(), qPrintable(stored->error.details()));
        const auto storedKey = std::find_if(stored->value.settings.cbegin(), stored->value.settings.cend(),
                                            [](const SourceSetting &s) { return s.code == u"apikey"_s; });
        QVERIFY(storedKey != stored->value.settings.cend());
        QCOMPARE(storedKey->value, SettingValue); // the value really went through the client
        Source edited = stored->value;
        for (SourceSetting &setting : edited.settings) {
            if (setting.code == u"apikey"_s)
                setting.value = ChangedSettingValue;
        }
        const PortalOperation::Result updated =
            write(new SourceUpdate(session->biconnector(), nullptr, edited, stored->value));
        QVERIFY2(updated.applied(), qPrintable(updated.error.details()));
        QCOMPARE(m_server
                     .query(u"SELECT value FROM source_settings WHERE source_id = ? AND code = 'apikey'"_s, {created.id})
                     .value(0)
                     .value(u"value"_s)
                     .toString(),
                 ChangedSettingValue);

        // 4. The journal saved as JSON, the way the journal dock does it.
        JournalDock dock;
        dock.setJournal(session->journal());
        const QString journalFile = g_home + u"/request-journal.json"_s;
        QVERIFY(dock.saveJournal(journalFile));
        QFile journal(journalFile);
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QByteArray journalJson = journal.readAll();
        for (const char *method : {"biconnector.source.add", "biconnector.source.get", "biconnector.source.update",
                                   "oauth/token"})
            QVERIFY2(journalJson.contains(method), method); // the right, complete file

        // 5. The configuration export (without setting values, the default).
        ConfigurationExporter exporter(session->client());
        QSignalSpy exported(&exporter, &ConfigurationExporter::finished);
        exporter.start({});
        QVERIFY(exported.wait(20000));
        const auto exportResult = exported.first().first().value<ConfigurationExporter::Result>();
        QVERIFY2(exportResult.ok, qPrintable(exportResult.error));
        const QByteArray exportJson = exportResult.document.toJson();
        QVERIFY(exportJson.contains(SourceTitle.toUtf8()));

        // Close like the app does; everything reaches the disk.
        controller.reset();
        QSettings().sync();
        m_log->stop();

        // Every token the sandbox ever issued (access, refresh, authorization codes) and the values.
        QStringList secrets{ClientSecret, SettingValue, ChangedSettingValue};
        for (const QVariantMap &row : m_server.query(u"SELECT token FROM oauth_tokens"_s))
            secrets << row.value(u"token"_s).toString();
        QVERIFY(secrets.size() >= 3 + 4); // the initial pair, the sign-in pair, the refreshed pair, a code

        const QStringList inJournal = SecretScan::secretsIn(journalJson, secrets);
        QVERIFY2(inJournal.isEmpty(), qPrintable(u"journal export: "_s + inJournal.join(u", "_s)));
        const QStringList inExport = SecretScan::secretsIn(exportJson, secrets);
        QVERIFY2(inExport.isEmpty(), qPrintable(u"configuration export: "_s + inExport.join(u", "_s)));

        const QList<SecretScan::CapturedMessage> messages = SecretScan::LogCapture::clientMessages();
        QVERIFY2(messages.size() > 10, "hardly any log output was captured: the capture itself is broken");
        bool refreshLogged = false;
        for (const SecretScan::CapturedMessage &message : messages) {
            refreshLogged = refreshLogged || message.text.contains(u"refreshing the access token"_s);
            const QStringList found = SecretScan::secretsIn(message.text.toUtf8(), secrets);
            QVERIFY2(found.isEmpty(), qPrintable(message.category + u": "_s + message.text));
        }
        QVERIFY(refreshLogged);

        // The scanner finds a planted secret (JSON-escaped, in a nested folder): the scan can fail.
        QTemporaryDir planted;
        QDir(planted.path()).mkpath(u"a/b"_s);
        QFile plant(planted.filePath(u"a/b/settings.json"_s));
        QVERIFY(plant.open(QIODevice::WriteOnly));
        plant.write(SecretScan::spellings(secrets.constLast()).constLast());
        plant.close();
        int files = 0;
        QCOMPARE(SecretScan::filesWithSecrets(planted.path(), secrets, &files).size(), 1);

        const QStringList offenders = SecretScan::filesWithSecrets(g_home, secrets, &files);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u"\n"_s)));
        const QString settingsFile = QSettings().fileName();
        QVERIFY2(settingsFile.startsWith(g_home) && QFile::exists(settingsFile), qPrintable(settingsFile));
        QFile settings(settingsFile);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(settings.readAll().contains(profile.clientId.toUtf8())); // the profile is in the scanned file
        qInfo("scanned %d file(s) under %s, %lld log message(s), the journal and the export for %lld secret(s)", files,
              qPrintable(g_home), qsizetype(messages.size()), qsizetype(secrets.size()));
    }
};

int main(int argc, char **argv)
{
    return SecretScan::runIsolated<TestSecretLeak>(u"tst_secretleak"_s, &g_home, argc, argv);
}

#include "tst_secretleak.moc"
