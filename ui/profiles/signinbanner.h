#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above the main window's content for "sign-in required" and similar situations that need
// one click from the user (Sign in, Retry). Hidden until showMessage().
class SignInBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Warning, Error };

    explicit SignInBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, const QString &buttonText, Tone tone = Tone::Warning);
    QString text() const;

signals:
    void actionRequested();

private:
    QLabel *m_text;
    QPushButton *m_button;
};
