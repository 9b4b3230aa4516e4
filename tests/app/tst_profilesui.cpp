// The profiles in the main window, with the real keychain and the sandbox: connect a portal from
// the banner through the wizard, see it in the switcher and the window; a rejected sign-in shows
// the banner, and signing in again from it keeps the window's model (pending edits survive); edit
// renames; sign-out clears the window and deletes the secrets; remove forgets the profile.
// Screenshots go to $BIW_SCREENSHOT_DIR (default /tmp/biw-screenshots).
#include "api/auth/oauthauthorization.h"
#include "api/transport/portalsession.h"
#include "app/fallbacksecretstore.h"
#include "app/keychainsecretstore.h"
#include "app/portalcontroller.h"
#include "app/profilesui.h"
#include "models/catalog/hierarchymodel.h"
#include "models/profiles/profilestore.h"
#include "support/brokenkeychain.h"
#include "support/connectwizarddriver.h"
#include "support/guicapture.h"
#include "support/keychainprobe.h"
#include "support/sandboxsignin.h"
#include "ui/profiles/connectportalwizard.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messageboxes.h"
#include "ui/profiles/profiledialog.h"
#include "ui/profiles/signinbanner.h"
#include "ui/profiles/signindialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString Service = u"BI Workspace tests"_s;
}

class TestProfilesUi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<BrowserCapture> m_browser;

    // What a second app on the same portal would do: use the stored refresh token, which rotates it
    // away from under this app.
    void rotateBehindTheAppsBack(const QString &refreshToken)
    {
        QUrl url = OAuthAuthorization::tokenEndpoint(m_server->baseUrl());
        url.setQuery(u"grant_type=refresh_token&client_id=%1&client_secret=%2&refresh_token=%3"_s.arg(
            m_server->options().clientId, m_server->options().clientSecret, refreshToken));
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SecretResult>();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BIWorkspaceTests"_s);
        QCoreApplication::setApplicationName(u"tst_profilesui"_s);
        QSettings().clear();
        QString error;
        m_server = startDemoSandbox(&error);
        QVERIFY2(m_server, qPrintable(error));
        m_browser = std::make_unique<BrowserCapture>();
    }

    void cleanupTestCase() { m_browser.reset(); }

    void connectResignInEditSignOutRemove()
    {
        FallbackSecretStore secrets(std::make_unique<KeychainSecretStore>(Service));
        PortalController controller(&secrets);
        MainWindow window;
        ProfilesUi ui(&window, &controller, &secrets);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *banner = window.findChild<SignInBanner *>(u"signInBanner"_s);
        auto *bannerButton = window.findChild<QPushButton *>(u"signInBannerButton"_s);
        auto *switcher = window.findChild<QComboBox *>(u"profileSwitcher"_s);
        QVERIFY(banner && bannerButton && switcher);
        QVERIFY(!window.findChild<QLabel *>(u"portalLabel"_s)->isVisible());
        QVERIFY(switcher->isVisible());
        QCOMPARE(switcher->count(), 0);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"No portal"_s));
        QVERIFY(saveScreenshot(&window, u"main-1-empty"_s));

        // Connect a portal from the banner.
        bannerButton->click();
        auto *wizard = window.findChild<ConnectPortalWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->findChild<QSpinBox *>(u"redirectPortSpin"_s)->setValue(freeLoopbackPort());
        wizard->next();
        fillConnectDetails(wizard, *m_server, m_server->baseUrl().toString(), m_server->options().clientSecret);
        typeInto(wizard->findChild<QLineEdit *>(u"displayNameEdit"_s), u"Sandbox"_s);
        wizard->next();
        wizard->button(QWizard::CommitButton)->click();
        QCOMPARE(m_browser->opened().size(), 1);
        SandboxBrowser browser;
        browser.visit(m_browser->opened().constLast());
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ConnectPortalWizard::ResultPageId), 10000);
        const Profile profile = wizard->draft().profile;
        wizard->button(QWizard::FinishButton)->click();

        QTRY_VERIFY(window.session());
        QCOMPARE(window.session(), controller.session(profile.id));
        QCOMPARE(switcher->currentText(), u"Sandbox"_s);
        QVERIFY(!banner->isVisible());
        QVERIFY(window.windowTitle().contains(u"Sandbox"_s));
        HierarchyModel *model = window.hierarchyModel();
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(model->portalIndex()) > 0, 10000);
        QVERIFY(saveScreenshot(&window, u"main-2-connected"_s));

        // The refresh token is rejected: the banner asks to sign in; the window keeps its model.
        ProbeResult stored;
        QTRY_VERIFY_WITH_TIMEOUT(
            (stored = runKeychainProbe({Service, u"read"_s, profile.refreshTokenKey()})).exitCode == 0, 20000);
        rotateBehindTheAppsBack(stored.value);
        m_server->expireAllAccessTokens();
        window.refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().contains(u"Sign-in required"_s), qPrintable(banner->text()));
        QCOMPARE(controller.status(profile.id), ProfileStatus::SignInRequired);
        QCOMPARE(window.hierarchyModel(), model);
        QVERIFY(saveScreenshot(&window, u"main-3-signin-required"_s));

        bannerButton->click();
        QPointer<SignInDialog> dialog = window.findChild<SignInDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QLineEdit *>(u"signInSecretEdit"_s)); // the secret is known
        dialog->findChild<QPushButton *>(u"signInButton"_s)->click();
        QCOMPARE(m_browser->opened().size(), 2);
        QVERIFY(saveScreenshot(dialog, u"signin-dialog-waiting"_s));
        browser.visit(m_browser->opened().constLast());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QCOMPARE(controller.status(profile.id), ProfileStatus::SignedIn);
        QVERIFY(!banner->isVisible());
        QCOMPARE(window.hierarchyModel(), model);
        QCOMPARE(window.session(), controller.session(profile.id));

        // Edit: a new name shows in the switcher and the title.
        window.findChild<QAction *>(u"editProfileAction"_s)->trigger();
        auto *edit = window.findChild<ProfileDialog *>();
        QVERIFY(edit);
        typeInto(edit->findChild<QLineEdit *>(u"profileNameEdit"_s), u"Sandbox (test)"_s);
        QVERIFY(saveScreenshot(edit, u"profile-dialog"_s));
        edit->findChild<QPushButton *>(u"profileSaveButton"_s)->click();
        QCOMPARE(switcher->currentText(), u"Sandbox (test)"_s);
        QVERIFY(window.windowTitle().contains(u"Sandbox (test)"_s));
        QCOMPARE(ProfileStore().profile(profile.id)->displayName, u"Sandbox (test)"_s);

        // Sign out: the window lets go of the session, the secrets are deleted.
        QSignalSpy deleted(&controller, &PortalController::secretsDeleted);
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        window.findChild<QAction *>(u"signOutAction"_s)->trigger();
        QVERIFY(deleted.wait(20000));
        QVERIFY(MessageBoxes::lastQuestion().contains(u"Sign out"_s));
        QVERIFY(!window.session());
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"signed out"_s));
        QCOMPARE(runKeychainProbe({Service, u"read"_s, profile.clientSecretKey()}).exitCode, 3);
        QCOMPARE(runKeychainProbe({Service, u"read"_s, profile.refreshTokenKey()}).exitCode, 3);
        QVERIFY(saveScreenshot(&window, u"main-4-signed-out"_s));

        // Signing in again now needs the application key.
        bannerButton->click();
        dialog = window.findChild<SignInDialog *>();
        QVERIFY(dialog);
        auto *secretEdit = dialog->findChild<QLineEdit *>(u"signInSecretEdit"_s);
        QVERIFY(secretEdit);
        QVERIFY(!dialog->findChild<QPushButton *>(u"signInButton"_s)->isEnabled());
        QVERIFY(saveScreenshot(dialog, u"signin-dialog-secret"_s));
        dialog->reject();

        // Remove.
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        window.findChild<QAction *>(u"removeProfileAction"_s)->trigger();
        QTRY_COMPARE(switcher->count(), 0);
        QVERIFY(!ProfileStore().contains(profile.id));
        QTRY_VERIFY(banner->text().contains(u"No portal"_s));
    }

    void unavailableKeychainIsExplained()
    {
        FallbackSecretStore secrets(std::make_unique<BrokenKeychain>(SecretResult::Status::Unavailable));
        PortalController controller(&secrets);
        MainWindow window;
        ProfilesUi ui(&window, &controller, &secrets);
        const Profile profile = sandboxProfile(*m_server);
        controller.profiles()->save(profile);
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        controller.activate(profile.id);
        QTRY_COMPARE(controller.status(profile.id), ProfileStatus::SignedOut);
        QVERIFY2(MessageBoxes::lastQuestion().contains(u"keychain is not available"_s),
                 qPrintable(MessageBoxes::lastQuestion()));
        QVERIFY(MessageBoxes::lastQuestion().contains(u"memory for this session only"_s));
        QVERIFY(secrets.isUsingMemory());
        controller.removeProfile(profile.id);
    }
};

QTEST_MAIN(TestProfilesUi)
#include "tst_profilesui.moc"
