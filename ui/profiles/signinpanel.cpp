#include "ui/profiles/signinpanel.h"

#include "models/profiles/signinflow.h"
#include "ui/widgets/browserlauncher.h"
#include "ui/widgets/uipalette.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SignInPanel::SignInPanel(QWidget *parent)
    : QWidget(parent)
    , m_idleText(tr("Click Sign in. Your browser opens the portal's sign-in page; choose Allow there."))
    , m_spinner(new QProgressBar(this))
    , m_status(wrappingLabel(u"signInStatusLabel"_s, this))
    , m_error(wrappingLabel(u"signInErrorLabel"_s, this))
    , m_browserProblem(wrappingLabel(u"signInBrowserProblemLabel"_s, this))
    , m_reopen(new QPushButton(tr("Open the browser again"), this))
    , m_copyAddress(new QPushButton(tr("Copy the sign-in address"), this))
    , m_cancel(new QPushButton(tr("Cancel sign-in"), this))
    , m_manual(new QWidget(this))
    , m_pasted(new QLineEdit(m_manual))
    , m_usePasted(new QPushButton(tr("Continue"), m_manual))
    , m_pasteProblem(wrappingLabel(u"redirectUrlProblemLabel"_s, m_manual))
{
    setObjectName(u"signInPanel"_s);
    m_spinner->setObjectName(u"signInSpinner"_s);
    m_spinner->setRange(0, 0);
    m_spinner->setTextVisible(false);
    m_spinner->setMaximumWidth(90);
    m_spinner->setMaximumHeight(14);
    UiPalette::setMessageRole(m_error, UiPalette::Role::Error);
    UiPalette::setMessageRole(m_browserProblem, UiPalette::Role::Warning);
    UiPalette::setMessageRole(m_pasteProblem, UiPalette::Role::Error);
    m_reopen->setObjectName(u"reopenBrowserButton"_s);
    m_copyAddress->setObjectName(u"copyAuthorizeUrlButton"_s);
    m_cancel->setObjectName(u"cancelSignInButton"_s);
    m_pasted->setObjectName(u"redirectUrlEdit"_s);
    m_pasted->setPlaceholderText(tr("http://127.0.0.1:…/?code=…&state=…"));
    m_pasted->setClearButtonEnabled(true);
    m_usePasted->setObjectName(u"useRedirectUrlButton"_s);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_spinner, 0, Qt::AlignVCenter);
    statusRow->addWidget(m_status, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reopen);
    buttons->addWidget(m_copyAddress);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);

    auto *manualLayout = new QVBoxLayout(m_manual);
    manualLayout->setContentsMargins(0, 8, 0, 0);
    auto *manualHint = new QLabel(tr("If the browser does not return to BI Workspace by itself, copy the address "
                                     "the browser shows after you click Allow and paste it here:"),
                                  m_manual);
    manualHint->setWordWrap(true);
    manualLayout->addWidget(manualHint);
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_pasted, 1);
    pasteRow->addWidget(m_usePasted);
    manualLayout->addLayout(pasteRow);
    manualLayout->addWidget(m_pasteProblem);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(statusRow);
    layout->addWidget(m_error);
    layout->addWidget(m_browserProblem);
    layout->addLayout(buttons);
    layout->addWidget(m_manual);
    layout->addStretch(1);

    connect(m_reopen, &QPushButton::clicked, this, [this] {
        if (m_flow)
            openBrowser(m_flow->authorizeUrl());
    });
    connect(m_copyAddress, &QPushButton::clicked, this, [this] {
        if (m_flow)
            QApplication::clipboard()->setText(m_flow->authorizeUrl().toString(QUrl::FullyEncoded));
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
    connect(m_usePasted, &QPushButton::clicked, this, &SignInPanel::submitPastedUrl);
    connect(m_pasted, &QLineEdit::returnPressed, this, &SignInPanel::submitPastedUrl);
    updateFromFlow();
}

SignInFlow *SignInPanel::flow() const
{
    return m_flow;
}

void SignInPanel::setIdleText(const QString &text)
{
    m_idleText = text;
    updateFromFlow();
}

void SignInPanel::setFlow(SignInFlow *flow)
{
    if (m_flow)
        m_flow->disconnect(this);
    m_flow = flow;
    if (flow) {
        connect(flow, &SignInFlow::stageChanged, this, &SignInPanel::updateFromFlow);
        connect(flow, &SignInFlow::openBrowserRequested, this, &SignInPanel::openBrowser);
    }
    updateFromFlow();
}

void SignInPanel::openBrowser(const QUrl &url)
{
    m_browserProblem->clear();
    if (!BrowserLauncher::open(url)) {
        m_browserProblem->setText(tr("No browser could be opened. Click \"Copy the sign-in address\" and open it "
                                     "in a browser yourself."));
    }
    m_browserProblem->setVisible(!m_browserProblem->text().isEmpty());
}

void SignInPanel::submitPastedUrl()
{
    if (!m_flow)
        return;
    QString problem;
    if (m_flow->submitRedirectUrl(m_pasted->text(), &problem))
        m_pasted->clear();
    m_pasteProblem->setText(problem);
    m_pasteProblem->setVisible(!problem.isEmpty());
}

void SignInPanel::updateFromFlow()
{
    using Stage = SignInFlow::Stage;
    const Stage stage = m_flow ? m_flow->stage() : Stage::Idle;
    const bool running = m_flow && m_flow->isRunning();
    const bool waiting = stage == Stage::WaitingForBrowser;
    switch (stage) {
    case Stage::Idle: m_status->setText(m_idleText); break;
    case Stage::WaitingForBrowser:
        m_status->setText(tr("Waiting for the browser… Sign in to the portal there and click Allow."));
        break;
    case Stage::ExchangingCode: m_status->setText(tr("Exchanging the sign-in code for tokens…")); break;
    case Stage::Verifying: m_status->setText(tr("Checking access to BI Builder: listing connectors…")); break;
    case Stage::Succeeded: m_status->setText(tr("Signed in.")); break;
    case Stage::Failed: m_status->setText(tr("The sign-in did not succeed.")); break;
    }
    m_error->setText(stage == Stage::Failed && m_flow ? m_flow->errorMessage() : QString());
    m_error->setVisible(!m_error->text().isEmpty());
    const QString listenerProblem = waiting && m_flow ? m_flow->listenerProblem() : QString();
    if (!listenerProblem.isEmpty())
        m_browserProblem->setText(listenerProblem + u' ' + tr("Use the field below instead."));
    else if (!waiting)
        m_browserProblem->clear();
    m_browserProblem->setVisible(!m_browserProblem->text().isEmpty());
    m_spinner->setVisible(running);
    m_reopen->setVisible(waiting);
    m_copyAddress->setVisible(waiting);
    m_cancel->setVisible(running);
    m_manual->setVisible(waiting);
    if (!waiting) {
        m_pasteProblem->clear();
        m_pasteProblem->hide();
    }
}
