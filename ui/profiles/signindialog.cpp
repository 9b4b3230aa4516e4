#include "ui/profiles/signindialog.h"

#include "models/profiles/signinflow.h"
#include "ui/profiles/signinpanel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SignInDialog::SignInDialog(const Profile &profile, bool needsClientSecret, SignInFlow *flow, QWidget *parent)
    : QDialog(parent), m_flow(flow), m_panel(new SignInPanel(this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in — %1").arg(profile.title()));
    auto *intro = new QLabel(tr("Sign in to <b>%1</b> as the application <b>%2</b>. Your browser opens the "
                                "portal's sign-in page.")
                                 .arg(profile.portalUrl.host().toHtmlEscaped(), profile.clientId.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (needsClientSecret) {
        m_secret = new QLineEdit(this);
        m_secret->setObjectName(u"signInSecretEdit"_s);
        m_secret->setEchoMode(QLineEdit::Password);
        auto *form = new QFormLayout;
        form->addRow(tr("Application key (client_secret):"), m_secret);
        layout->addLayout(form);
        connect(m_secret, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    }
    layout->addWidget(m_panel, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::ActionRole);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this,
            [this] { emit signInRequested(m_secret ? m_secret->text().trimmed() : QString()); });

    m_panel->setFlow(flow);
    connect(flow, &SignInFlow::stageChanged, this, &SignInDialog::updateButtons);
    connect(flow, &SignInFlow::succeeded, this, &QDialog::accept);
    connect(this, &QDialog::rejected, flow, &SignInFlow::cancel);
    updateButtons();
    resize(600, 380);
}

void SignInDialog::updateButtons()
{
    m_signIn->setEnabled(!m_flow->isRunning() && (!m_secret || !m_secret->text().trimmed().isEmpty()));
}
