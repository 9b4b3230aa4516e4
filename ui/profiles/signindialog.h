#pragma once

#include "models/profiles/profile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class SignInFlow;
class SignInPanel;

// Signs in again to an existing profile (after "sign-in required" or a sign-out), through the
// browser like the wizard. Asks for the application key when it is no longer known. The owner
// starts the profile's SignInFlow when signInRequested() arrives; the dialog closes itself when
// the flow succeeds.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(const Profile &profile, bool needsClientSecret, SignInFlow *flow, QWidget *parent = nullptr);

signals:
    // `clientSecret` is empty when the known one is to be used.
    void signInRequested(const QString &clientSecret);

private:
    void updateButtons();

    SignInFlow *m_flow;
    QLineEdit *m_secret = nullptr;
    SignInPanel *m_panel;
    QPushButton *m_signIn;
};
