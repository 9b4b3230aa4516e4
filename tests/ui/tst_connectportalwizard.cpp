// GUI walk through "Connect a portal" against the sandbox, by objectName: the handler address
// with its port, the webhook mix-up explained, a wrong secret explained, the browser round through
// the test hook and the loopback listener, the pasted-address fallback, the result page listing
// connectors, and a cancel that leaves nothing in the secret store. Screenshots of every page go
// to $BIW_SCREENSHOT_DIR (default /tmp/biw-screenshots).
#include "api/auth/memorysecretstore.h"
#include "api/transport/portalsession.h"
#include "api/auth/tokenmanager.h"
#include "models/profiles/signinflow.h"
#include "support/connectwizarddriver.h"
#include "support/guicapture.h"
#include "support/sandboxsignin.h"
#include "ui/profiles/colortagcombo.h"
#include "ui/profiles/connectportalwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

class TestConnectPortalWizard : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<BrowserCapture> m_browser;

    template <typename T>
    static T *child(QWidget *wizard, const QString &name)
    {
        T *found = wizard->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

    void fillDetails(QWidget *wizard, const QString &portal, const QString &secret)
    {
        fillConnectDetails(wizard, *m_server, portal, secret);
    }

    static void click(QWizard &wizard, QWizard::WizardButton which)
    {
        QAbstractButton *button = wizard.button(which);
        QVERIFY(button->isVisible() && button->isEnabled());
        button->click();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SecretResult>();
        QString error;
        m_server = startDemoSandbox(&error);
        QVERIFY2(m_server, qPrintable(error));
        m_browser = std::make_unique<BrowserCapture>();
    }

    void cleanupTestCase() { m_browser.reset(); }

    void init() { m_browser->clear(); }

    void walksTheWizardAgainstTheSandbox()
    {
        MemorySecretStore secrets;
        ConnectPortalWizard wizard(&secrets);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // 1. The local application: the handler address follows the port.
        QCOMPARE(wizard.currentId(), int(ConnectPortalWizard::SetupPageId));
        auto *handler = child<QLineEdit>(&wizard, u"handlerUrlEdit"_s);
        QCOMPARE(handler->text(), u"http://127.0.0.1:47613/biworkspace/oauth"_s);
        const quint16 port = freeLoopbackPort();
        child<QSpinBox>(&wizard, u"redirectPortSpin"_s)->setValue(port);
        QCOMPARE(handler->text(), u"http://127.0.0.1:%1/biworkspace/oauth"_s.arg(port));
        handler->parentWidget()->findChild<QToolButton *>()->click();
        QCOMPARE(QApplication::clipboard()->text(), handler->text());
        QVERIFY(saveScreenshot(&wizard, u"wizard-1-setup"_s));
        click(wizard, QWizard::NextButton);

        // 2. Details: a webhook address is recognised and explained.
        QCOMPARE(wizard.currentId(), int(ConnectPortalWizard::PortalPageId));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        fillDetails(&wizard, u"https://acme.bitrix24.com/rest/1/q1w2e3r4t5/"_s, u"wrong-secret"_s);
        auto *portalProblem = child<QLabel>(&wizard, u"portalUrlProblemLabel"_s);
        QVERIFY(portalProblem->isVisible());
        QVERIFY(portalProblem->text().contains(u"webhook"_s));
        QVERIFY(portalProblem->text().contains(u"ACCESS_DENIED"_s));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(saveScreenshot(&wizard, u"wizard-2-webhook"_s));
        typeInto(child<QLineEdit>(&wizard, u"portalUrlEdit"_s), u"http://acme.bitrix24.com"_s);
        QVERIFY(portalProblem->text().contains(u"HTTPS"_s));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        typeInto(child<QLineEdit>(&wizard, u"portalUrlEdit"_s), m_server->baseUrl().toString());
        QVERIFY(!portalProblem->isVisible());
        // The OAuth server (where the client secret goes) over plain HTTP to another host: refused too.
        auto *oauthServer = child<QLineEdit>(&wizard, u"oauthServerEdit"_s);
        const QString sandboxOAuth = oauthServer->text();
        typeInto(oauthServer, u"http://oauth.example.com/"_s);
        auto *oauthProblem = child<QLabel>(&wizard, u"oauthServerProblemLabel"_s);
        QVERIFY(oauthProblem->isVisible());
        QVERIFY(oauthProblem->text().contains(u"HTTPS"_s));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(saveScreenshot(&wizard, u"wizard-2-http-oauth-server"_s));
        typeInto(oauthServer, sandboxOAuth);
        QVERIFY(!oauthProblem->isVisible());
        typeInto(child<QLineEdit>(&wizard, u"displayNameEdit"_s), u"Sandbox"_s);
        auto *color = child<ColorTagCombo>(&wizard, u"colorTagCombo"_s);
        color->setCurrentIndex(1);
        QVERIFY(saveScreenshot(&wizard, u"wizard-2-details"_s));
        click(wizard, QWizard::NextButton);

        // 3. Sign in with the wrong secret: explained in words.
        QCOMPARE(wizard.currentId(), int(ConnectPortalWizard::SignInPageId));
        QCOMPARE(wizard.button(QWizard::CommitButton)->text(), u"Sign in"_s);
        QVERIFY(child<QLabel>(&wizard, u"signInSummaryLabel"_s)->text().contains(m_server->options().clientId));
        QVERIFY(saveScreenshot(&wizard, u"wizard-3-signin"_s));
        click(wizard, QWizard::CommitButton);
        QCOMPARE(m_browser->opened().size(), 1);
        QVERIFY(child<QWidget>(&wizard, u"signInSpinner"_s)->isVisible());
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(child<QLineEdit>(&wizard, u"redirectUrlEdit"_s)->isVisible());
        QVERIFY(saveScreenshot(&wizard, u"wizard-3-waiting"_s));
        SandboxBrowser browser;
        browser.visit(m_browser->opened().constLast());
        auto *error = child<QLabel>(&wizard, u"signInErrorLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY2(error->text().contains(u"client ID or the client secret"_s), qPrintable(error->text()));
        QCOMPARE(wizard.currentId(), int(ConnectPortalWizard::SignInPageId));
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(saveScreenshot(&wizard, u"wizard-3-error"_s));

        // Back, fix the secret, sign in again: the page advances when the flow succeeds.
        click(wizard, QWizard::BackButton);
        typeInto(child<QLineEdit>(&wizard, u"clientSecretEdit"_s), m_server->options().clientSecret);
        click(wizard, QWizard::NextButton);
        click(wizard, QWizard::CommitButton);
        QCOMPARE(m_browser->opened().size(), 2);
        browser.visit(m_browser->opened().constLast());
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ConnectPortalWizard::ResultPageId), 10000);
        QVERIFY(browser.body().contains("You can return to BI Workspace"));

        // 4. What the application sees.
        auto *connectors = child<QListWidget>(&wizard, u"connectorsList"_s);
        QCOMPARE(connectors->count(), m_server->connectorCount(m_server->options().clientId));
        QVERIFY(connectors->count() > 0);
        QVERIFY(child<QLabel>(&wizard, u"resultSummaryLabel"_s)->text().contains(u"connector"_s));
        QVERIFY(saveScreenshot(&wizard, u"wizard-4-result"_s));
        click(wizard, QWizard::FinishButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        const ConnectPortalDraft &draft = wizard.draft();
        QCOMPARE(draft.profile.displayName, u"Sandbox"_s);
        QCOMPARE(draft.profile.redirectPort, port);
        QVERIFY(draft.profile.colorTag.isValid());
        QCOMPARE(draft.profile.oauthServerUrl, m_server->baseUrl());
        QCOMPARE(draft.clientSecret, m_server->options().clientSecret);
        std::unique_ptr<PortalSession> session(wizard.takeSession());
        QVERIFY(session && session->tokens()->hasAccessToken());
        QVERIFY(secrets.contains(draft.profile.refreshTokenKey()));
    }

    void pastedAddressWorksAndCancelLeavesNoSecret()
    {
        MemorySecretStore secrets;
        ConnectPortalWizard wizard(&secrets);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        child<QSpinBox>(&wizard, u"redirectPortSpin"_s)->setValue(freeLoopbackPort());
        click(wizard, QWizard::NextButton);
        fillDetails(&wizard, m_server->baseUrl().toString(), m_server->options().clientSecret);
        click(wizard, QWizard::NextButton);
        click(wizard, QWizard::CommitButton);
        QCOMPARE(m_browser->opened().size(), 1);

        SandboxBrowser browser;
        browser.visit(m_browser->opened().constLast(), SandboxBrowser::Choice::StopBeforeRedirect);
        QTRY_VERIFY_WITH_TIMEOUT(browser.isFinished(), 10000);
        auto *pasted = child<QLineEdit>(&wizard, u"redirectUrlEdit"_s);
        typeInto(pasted, u"not an address"_s);
        child<QAbstractButton>(&wizard, u"useRedirectUrlButton"_s)->click();
        QVERIFY(child<QLabel>(&wizard, u"redirectUrlProblemLabel"_s)->isVisible());
        typeInto(pasted, browser.redirectTarget().toString());
        child<QAbstractButton>(&wizard, u"useRedirectUrlButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ConnectPortalWizard::ResultPageId), 10000);
        const QString key = wizard.draft().profile.refreshTokenKey();
        QVERIFY(secrets.contains(key));

        wizard.reject();
        QTRY_VERIFY(!secrets.contains(key));
    }
};

QTEST_MAIN(TestConnectPortalWizard)
#include "tst_connectportalwizard.moc"
