#pragma once

#include "models/profiles/profile.h"

#include <QDialog>

class ColorTagCombo;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// "Edit profile": name, colour tag, OAuth server, redirect port and (optionally) a new client
// secret. The portal and the application are fixed: another portal or application is a new profile.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(const Profile &profile, QWidget *parent = nullptr);

    Profile profile() const;
    // Empty when the user kept the stored secret.
    QString newClientSecret() const;

private:
    void validate();

    Profile m_profile;
    QLineEdit *m_name;
    ColorTagCombo *m_color;
    QLineEdit *m_oauthServer;
    QSpinBox *m_port;
    QLineEdit *m_secret;
    QLabel *m_problem;
    QPushButton *m_save;
};
