#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class SignInFlow;

// Shows a running SignInFlow: what it waits for (with a spinner), its error in words, and the
// manual fallback (paste the address the browser ended on). Opens the system browser when the
// flow asks for it (BrowserLauncher). Starting the flow is up to the owner (a wizard page's
// Next button, a dialog's Sign in button).
class SignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPanel(QWidget *parent = nullptr);

    void setFlow(SignInFlow *flow);
    SignInFlow *flow() const;
    // The sentence shown before the flow starts.
    void setIdleText(const QString &text);

private:
    void updateFromFlow();
    void openBrowser(const QUrl &url);
    void submitPastedUrl();

    QPointer<SignInFlow> m_flow;
    QString m_idleText;
    QProgressBar *m_spinner;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_browserProblem;
    QPushButton *m_reopen;
    QPushButton *m_copyAddress;
    QPushButton *m_cancel;
    QWidget *m_manual;
    QLineEdit *m_pasted;
    QPushButton *m_usePasted;
    QLabel *m_pasteProblem;
};
