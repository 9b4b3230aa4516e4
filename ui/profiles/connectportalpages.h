#pragma once

#include <QWizardPage>

class ColorTagCombo;
class ConnectPortalWizard;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QToolButton;
class SignInPanel;

// Page 1: how to create the local application in Bitrix24, with the handler address to paste there.
class AppSetupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AppSetupPage(ConnectPortalWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    void updateHandlerUrl();

    ConnectPortalWizard *m_wizard;
    QLineEdit *m_handlerUrl;
    QSpinBox *m_port;
};

// Page 2: the portal address and the application's credentials (with the webhook mix-up explained).
class PortalDetailsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PortalDetailsPage(ConnectPortalWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    // The problem with what is typed, in words; empty when the page is complete.
    QString portalProblem() const;
    QString oauthServerProblem() const;
    void updateProblems();

    ConnectPortalWizard *m_wizard;
    QLineEdit *m_portalUrl;
    QLabel *m_portalProblem;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_displayName;
    ColorTagCombo *m_colorTag;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QLineEdit *m_oauthServer;
    QLabel *m_oauthServerProblem;
};

// Page 3: signs in through the browser. Next ("Sign in") starts the wizard's sign-in flow; the page
// advances by itself when the flow succeeds.
class PortalSignInPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PortalSignInPage(ConnectPortalWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    ConnectPortalWizard *m_wizard;
    QLabel *m_summary;
    SignInPanel *m_panel;
    bool m_advancing = false;
};

// Page 4: what the signed-in application sees on the portal.
class SignInResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SignInResultPage(ConnectPortalWizard *wizard);

    void initializePage() override;

private:
    ConnectPortalWizard *m_wizard;
    QLabel *m_summary;
    QListWidget *m_connectors;
};
