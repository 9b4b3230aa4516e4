// Issue 5's acceptance, against the real Secret Service (scripts/test runs a private, unlocked
// gnome-keyring; a missing keychain fails, never skips) and the in-process sandbox:
//  * a profile is signed in through the sandbox's authorize page and the loopback listener;
//  * the client secret and the refresh token are in the keychain, read back by a second process;
//  * the QSettings file holds neither the secret nor any token;
//  * a new controller on the same settings (a restart) signs in silently, rotating the token;
//  * a rejected refresh token asks for sign-in, and signing in again keeps the same session;
//  * a rotated token that cannot be stored warns; sign-out deletes both secrets.
#include "api/auth/memorysecretstore.h"
#include "api/transport/portalsession.h"
#include "api/auth/tokenmanager.h"
#include "app/fallbacksecretstore.h"
#include "app/keychainsecretstore.h"
#include "app/portalcontroller.h"
#include "models/profiles/profilestore.h"
#include "support/keychainprobe.h"
#include "support/sandboxsignin.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Service = u"BI Workspace tests"_s;

// Reads succeed from memory; writes fail (a keychain that refuses to store).
class RefusingWritesStore : public MemorySecretStore
{
public:
    bool refuseWrites = false;
    SecretRequest *writeSecret(const QString &key, const QString &value) override
    {
        if (!refuseWrites)
            return MemorySecretStore::writeSecret(key, value);
        return finishLater({SecretResult::Status::Failed, {}, u"The collection is locked"_s});
    }
};

} // namespace

class TestPortalController : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    QString m_secret;

    QStringList sandboxTokens(const QString &kind) const
    {
        QStringList tokens;
        for (const QVariantMap &row : m_server->query(u"SELECT token FROM oauth_tokens WHERE kind = ?"_s, {kind}))
            tokens << row.value(u"token"_s).toString();
        return tokens;
    }

    // Signs a new sandbox profile in through the browser and hands it to `controller`.
    Profile connectProfile(PortalController &controller)
    {
        const Profile profile = sandboxProfile(*m_server);
        auto *session = new PortalSession;
        SignInFlow flow;
        SandboxBrowser browser;
        const bool browsed = browseSignIn(
            &flow, [&] { flow.start(profile, m_secret, session, controller.secrets()); }, browser);
        if (!browsed || flow.stage() != SignInFlow::Stage::Succeeded) {
            delete session;
            return Profile();
        }
        controller.addSignedInProfile(profile, m_secret, session);
        return profile;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SecretResult>();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BIWorkspaceTests"_s);
        QCoreApplication::setApplicationName(u"tst_portalcontroller"_s);
        QString error;
        m_server = startDemoSandbox(&error);
        QVERIFY2(m_server, qPrintable(error));
        m_secret = m_server->options().clientSecret;

        // No keychain is a failure, never a skip: fail fast and say why.
        KeychainSecretStore keychain(Service);
        QSignalSpy canary(keychain.writeSecret(u"canary"_s, u"1"_s), &SecretRequest::finished);
        QVERIFY2(canary.wait(30000), "the keychain did not answer");
        const auto written = canary.at(0).at(0).value<SecretResult>();
        QVERIFY2(written.ok(), qPrintable(u"keychain unavailable: "_s + written.errorText));
    }

    void init() { QSettings().clear(); }

    void signInKeepsSecretsInTheKeychainOnlyAndSurvivesARestart()
    {
        FallbackSecretStore secrets(std::make_unique<KeychainSecretStore>(Service));
        auto controller = std::make_unique<PortalController>(&secrets);
        QSignalSpy ready(controller.get(), &PortalController::sessionReady);
        const Profile profile = connectProfile(*controller);
        QVERIFY(!profile.id.isNull());
        QCOMPARE(ready.size(), 1);
        QCOMPARE(controller->status(profile.id), ProfileStatus::SignedIn);
        QCOMPARE(controller->currentProfileId(), profile.id);

        // In the keychain, seen from another process.
        QTRY_COMPARE_WITH_TIMEOUT(runKeychainProbe({Service, u"read"_s, profile.clientSecretKey()}).value, m_secret,
                                  20000);
        const ProbeResult refresh = runKeychainProbe({Service, u"read"_s, profile.refreshTokenKey()});
        QCOMPARE(refresh.exitCode, 0);
        QVERIFY(sandboxTokens(u"refresh"_s).contains(refresh.value));
        QVERIFY2(!secrets.isUsingMemory(), qPrintable(secrets.unavailableReason()));

        // Not in the settings file.
        QSettings().sync();
        QFile file(QSettings().fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(profile.clientId.toUtf8())); // the right file
        QVERIFY(!bytes.contains(m_secret.toUtf8()));
        QStringList tokens = sandboxTokens(u"refresh"_s) + sandboxTokens(u"access"_s);
        tokens << controller->session(profile.id)->tokens()->accessToken();
        for (const QString &token : std::as_const(tokens))
            QVERIFY2(!bytes.contains(token.toUtf8()), "a token was written to the settings file");

        // A restart: a new controller on the same settings signs in silently.
        controller.reset();
        PortalController restarted(&secrets);
        QSignalSpy restartedReady(&restarted, &PortalController::sessionReady);
        restarted.start();
        QCOMPARE(restarted.currentProfileId(), profile.id);
        QVERIFY(restartedReady.wait(10000));
        QCOMPARE(restarted.status(profile.id), ProfileStatus::SignedIn);
        PortalSession *session = restarted.session(profile.id);
        QVERIFY(session->tokens()->hasAccessToken());
        QCOMPARE(session->tokens()->refreshCount(), 1);
        const TypedCall<QList<Connector>> list = session->biconnector().listConnectors();
        QSignalSpy listed(list.handle(), &ApiCall::finished);
        QVERIFY(listed.wait(10000));
        QVERIFY(listed.at(0).at(0).value<ApiResult>().ok());

        // The rotated refresh token replaced the old one in the keychain.
        const ProbeResult rotated = runKeychainProbe({Service, u"read"_s, profile.refreshTokenKey()});
        QCOMPARE(rotated.exitCode, 0);
        QVERIFY(rotated.value != refresh.value);
        QVERIFY(sandboxTokens(u"refresh"_s).contains(rotated.value));
        QVERIFY(!sandboxTokens(u"refresh"_s).contains(refresh.value));

        // Sign-out deletes both secrets.
        QSignalSpy deleted(&restarted, &PortalController::secretsDeleted);
        QSignalSpy closing(&restarted, &PortalController::sessionClosing);
        restarted.signOut(profile.id);
        QCOMPARE(closing.size(), 1);
        QVERIFY(deleted.wait(20000));
        QCOMPARE(runKeychainProbe({Service, u"read"_s, profile.clientSecretKey()}).exitCode, 3);
        QCOMPARE(runKeychainProbe({Service, u"read"_s, profile.refreshTokenKey()}).exitCode, 3);
        QCOMPARE(restarted.status(profile.id), ProfileStatus::SignedOut);
        QVERIFY(!session->tokens()->hasAccessToken());
        QVERIFY(!restarted.hasClientSecret(profile.id));

        // After sign-out a start finds nothing to sign in with.
        PortalController again(&secrets);
        QSignalSpy status(&again, &PortalController::statusChanged);
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(again.status(profile.id), ProfileStatus::SignedOut, 20000);
        QVERIFY(!again.session(profile.id));

        again.removeProfile(profile.id);
        QVERIFY(!ProfileStore().contains(profile.id));
    }

    void rejectedSignInAsksAgainAndReSignInKeepsTheSession()
    {
        FallbackSecretStore secrets(std::make_unique<KeychainSecretStore>(Service));
        Profile profile;
        {
            PortalController first(&secrets);
            profile = connectProfile(first);
            QVERIFY(!profile.id.isNull());
            QTRY_COMPARE_WITH_TIMEOUT(runKeychainProbe({Service, u"read"_s, profile.clientSecretKey()}).exitCode, 0,
                                      20000);
        }
        // Another process replaces the stored sign-in with one the portal does not know.
        QCOMPARE(runKeychainProbe({Service, u"write"_s, profile.refreshTokenKey(), u"revoked-token"_s}).exitCode, 0);

        PortalController controller(&secrets);
        QSignalSpy ready(&controller, &PortalController::sessionReady);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(controller.status(profile.id), ProfileStatus::SignInRequired, 20000);
        QVERIFY(controller.statusMessage(profile.id).contains(u"no longer accepts"_s));
        QCOMPARE(ready.size(), 0);
        QPointer<PortalSession> session = controller.session(profile.id);
        QVERIFY(session);

        SignInFlow *flow = controller.signInFlow(profile.id);
        SandboxBrowser browser;
        QVERIFY(browseSignIn(flow, [&] { QVERIFY(controller.startSignIn(profile.id)); }, browser));
        QCOMPARE(flow->stage(), SignInFlow::Stage::Succeeded);
        QCOMPARE(controller.status(profile.id), ProfileStatus::SignedIn);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.at(0).at(1).value<PortalSession *>(), session.data());
        QCOMPARE(controller.session(profile.id), session.data());
        QTRY_VERIFY_WITH_TIMEOUT(
            sandboxTokens(u"refresh"_s).contains(runKeychainProbe({Service, u"read"_s, profile.refreshTokenKey()}).value),
            20000);

        QSignalSpy deleted(&controller, &PortalController::secretsDeleted);
        controller.removeProfile(profile.id);
        QVERIFY(deleted.wait(20000));
    }

    void failedTokenWriteWarns()
    {
        RefusingWritesStore store;
        const Profile profile = sandboxProfile(*m_server);
        ProfileStore().save(profile);
        ProfileStore().setLastProfileId(profile.id);
        const SandboxServer::Tokens tokens = m_server->issueTokens(profile.clientId);
        QSignalSpy written1(store.writeSecret(profile.clientSecretKey(), m_secret), &SecretRequest::finished);
        QSignalSpy written2(store.writeSecret(profile.refreshTokenKey(), tokens.refreshToken), &SecretRequest::finished);
        QVERIFY(written2.wait(5000));
        store.refuseWrites = true;

        PortalController controller(&store);
        QSignalSpy warning(&controller, &PortalController::warning);
        QSignalSpy ready(&controller, &PortalController::sessionReady);
        controller.start();
        QVERIFY(ready.wait(10000));
        QCOMPARE(warning.size(), 1);
        QVERIFY(warning.at(0).at(0).toString().contains(u"could not be saved in the keychain"_s));
        QVERIFY(warning.at(0).at(0).toString().contains(u"locked"_s));
    }
};

QTEST_GUILESS_MAIN(TestPortalController)
#include "tst_portalcontroller.moc"
