#include "ui/profiles/connectportalpages.h"

#include "api/entities/entities.h"
#include "api/auth/oauthauthorization.h"
#include "api/transport/portalurl.h"
#include "models/profiles/signinflow.h"
#include "ui/profiles/colortagcombo.h"
#include "ui/profiles/connectportalwizard.h"
#include "ui/shell/detailwidgets.h"
#include "ui/profiles/signinpanel.h"
#include "ui/widgets/uipalette.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *paragraph(const QString &text, QWidget *parent, const QString &objectName = QString())
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(false);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QLabel *problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    UiPalette::setMessageRole(label, UiPalette::Role::Error);
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

QString urlProblem(PortalUrl::Verdict verdict)
{
    switch (verdict) {
    case PortalUrl::Verdict::Ok:
    case PortalUrl::Verdict::Empty:
        return QString();
    case PortalUrl::Verdict::Malformed:
        return AppSetupPage::tr("This is not a web address. Enter it like https://yourcompany.bitrix24.com.");
    case PortalUrl::Verdict::UnsupportedScheme:
        return AppSetupPage::tr("Use an address that starts with https://.");
    case PortalUrl::Verdict::InsecureRemote:
        return AppSetupPage::tr("BI Workspace talks to portals over HTTPS only. Use the https:// address.");
    }
    return QString();
}

} // namespace

// ---- AppSetupPage ----

AppSetupPage::AppSetupPage(ConnectPortalWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_port(new QSpinBox(this))
{
    setObjectName(u"appSetupPage"_s);
    setTitle(tr("Create a local application in Bitrix24"));
    setSubTitle(tr("BI Workspace signs in to your portal as a local application of your own. Create it once "
                   "per portal; it takes a minute."));

    auto *steps = paragraph(
        tr("<ol style=\"margin-left: -20px;\">"
           "<li>In Bitrix24, open <b>Developer resources → Other → Local application</b>.</li>"
           "<li>Choose a <b>server-side</b> application and tick <b>Script only (no user interface)</b>.</li>"
           "<li>Paste the address below into <b>Your handler path</b>.</li>"
           "<li>Under <b>Assign permissions</b>, select <b>BI Builder (biconnector)</b>.</li>"
           "<li>Save. Bitrix24 shows the <b>Application ID</b> (client_id) and the <b>Application key</b> "
           "(client_secret): you need both on the next page.</li>"
           "</ol>"),
        this, u"setupStepsLabel"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *holder = new QWidget(this);
    holder->setLayout(form);
    m_handlerUrl = DetailWidgets::addCopyableRow(form, tr("Handler path:"), u"handlerUrlEdit"_s);
    m_port->setObjectName(u"redirectPortSpin"_s);
    m_port->setRange(1024, 65535);
    m_port->setToolTip(tr("Change the port only if another program on this computer uses it. Then update the "
                          "handler path in Bitrix24 too."));
    m_port->setMinimumWidth(m_port->fontMetrics().horizontalAdvance(u"655350"_s) + 40);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    portRow->addStretch(1);
    form->addRow(tr("Port on this computer:"), portRow);

    auto *note = paragraph(tr("The handler address points to this computer: after you allow access in the "
                              "browser, the portal sends the sign-in back to BI Workspace through it."),
                           this);
    UiPalette::setMessageRole(note, UiPalette::Role::Muted);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(steps);
    layout->addWidget(holder);
    layout->addWidget(note);
    layout->addStretch(1);

    connect(m_port, &QSpinBox::valueChanged, this, &AppSetupPage::updateHandlerUrl);
}

void AppSetupPage::initializePage()
{
    m_port->setValue(m_wizard->draft().profile.redirectPort);
    updateHandlerUrl();
}

void AppSetupPage::updateHandlerUrl()
{
    m_handlerUrl->setText(
        OAuthAuthorization::loopbackRedirectUri(quint16(m_port->value()), m_wizard->draft().profile.redirectPath)
            .toString());
}

bool AppSetupPage::validatePage()
{
    m_wizard->draft().profile.redirectPort = quint16(m_port->value());
    return true;
}

// ---- PortalDetailsPage ----

PortalDetailsPage::PortalDetailsPage(ConnectPortalWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_portalUrl(new QLineEdit(this))
    , m_portalProblem(problemLabel(u"portalUrlProblemLabel"_s, this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_colorTag(new ColorTagCombo(this))
    , m_advancedToggle(new QToolButton(this))
    , m_advanced(new QWidget(this))
    , m_oauthServer(new QLineEdit(m_advanced))
    , m_oauthServerProblem(problemLabel(u"oauthServerProblemLabel"_s, m_advanced))
{
    setObjectName(u"portalDetailsPage"_s);
    setTitle(tr("Portal and application"));
    setSubTitle(tr("Enter the portal's address and the credentials Bitrix24 showed for the local application."));

    m_portalUrl->setObjectName(u"portalUrlEdit"_s);
    m_portalUrl->setPlaceholderText(tr("https://yourcompany.bitrix24.com"));
    m_clientId->setObjectName(u"clientIdEdit"_s);
    m_clientId->setPlaceholderText(tr("local.6650b0a1c2d3e4.12345678"));
    m_clientSecret->setObjectName(u"clientSecretEdit"_s);
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("Application key"));
    m_displayName->setObjectName(u"displayNameEdit"_s);
    m_colorTag->setObjectName(u"colorTagCombo"_s);
    m_colorTag->setToolTip(tr("A colour helps telling portals apart, e.g. red for production."));
    m_oauthServer->setObjectName(u"oauthServerEdit"_s);
    m_advancedToggle->setObjectName(u"advancedToggle"_s);
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Portal address:"), m_portalUrl);
    form->addRow(QString(), m_portalProblem);
    form->addRow(tr("Application ID (client_id):"), m_clientId);
    form->addRow(tr("Application key (client_secret):"), m_clientSecret);
    form->addRow(tr("Name in BI Workspace:"), m_displayName);
    form->addRow(tr("Colour tag:"), m_colorTag);

    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    advancedForm->addRow(tr("OAuth server:"), m_oauthServer);
    advancedForm->addRow(QString(), m_oauthServerProblem);
    auto *oauthNote = new QLabel(tr("Bitrix24 cloud portals use https://oauth.bitrix.info/. Change it only for a "
                                    "self-hosted portal or the sandbox."),
                                 m_advanced);
    oauthNote->setWordWrap(true);
    advancedForm->addRow(QString(), oauthNote);
    m_advanced->hide();

    auto *secretNote = new QLabel(tr("The application key is stored in the system keychain, never in a file."), this);
    secretNote->setWordWrap(true);
    UiPalette::setMessageRole(secretNote, UiPalette::Role::Muted);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(secretNote);
    layout->addSpacing(8);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addStretch(1);

    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    for (QLineEdit *edit : {m_portalUrl, m_clientId, m_clientSecret, m_oauthServer})
        connect(edit, &QLineEdit::textChanged, this, &PortalDetailsPage::updateProblems);
    connect(m_portalUrl, &QLineEdit::textChanged, this, [this] {
        const PortalUrl url = PortalUrl::parse(m_portalUrl->text());
        m_displayName->setPlaceholderText(url.isAcceptable() ? url.url().host() : QString());
    });
}

void PortalDetailsPage::initializePage()
{
    const ConnectPortalDraft &draft = m_wizard->draft();
    if (m_oauthServer->text().isEmpty())
        m_oauthServer->setText(draft.profile.oauthServerUrl.toString());
    updateProblems();
}

QString PortalDetailsPage::portalProblem() const
{
    const QString text = m_portalUrl->text();
    if (OAuthAuthorization::looksLikeWebhook(text)) {
        return tr("This is a webhook address (…/rest/USER/CODE/). The BI Builder methods refuse webhooks with "
                  "ACCESS_DENIED: they only answer a local application. Enter just the portal's address, e.g. "
                  "https://%1, and the local application's ID and key below.")
            .arg(PortalUrl::parse(text).url().host());
    }
    return urlProblem(PortalUrl::parse(text).verdict());
}

QString PortalDetailsPage::oauthServerProblem() const
{
    const PortalUrl url = PortalUrl::parse(m_oauthServer->text());
    if (url.verdict() == PortalUrl::Verdict::Empty)
        return tr("Enter the OAuth server, normally https://oauth.bitrix.info/.");
    return urlProblem(url.verdict());
}

void PortalDetailsPage::updateProblems()
{
    showProblem(m_portalProblem, portalProblem());
    const QString oauthProblem = oauthServerProblem();
    showProblem(m_oauthServerProblem, oauthProblem);
    if (!oauthProblem.isEmpty() && !m_advancedToggle->isChecked())
        m_advancedToggle->setChecked(true);
    emit completeChanged();
}

bool PortalDetailsPage::isComplete() const
{
    return PortalUrl::parse(m_portalUrl->text()).isAcceptable() && portalProblem().isEmpty()
        && !m_clientId->text().trimmed().isEmpty() && !m_clientSecret->text().trimmed().isEmpty()
        && oauthServerProblem().isEmpty();
}

bool PortalDetailsPage::validatePage()
{
    ConnectPortalDraft &draft = m_wizard->draft();
    draft.profile.portalUrl = PortalUrl::parse(m_portalUrl->text()).url();
    draft.profile.clientId = m_clientId->text().trimmed();
    draft.clientSecret = m_clientSecret->text().trimmed();
    draft.profile.displayName = m_displayName->text().trimmed();
    draft.profile.colorTag = m_colorTag->color();
    QUrl server = PortalUrl::parse(m_oauthServer->text()).url();
    server.setPath(u"/"_s);
    draft.profile.oauthServerUrl = server;
    return true;
}

// ---- PortalSignInPage ----

PortalSignInPage::PortalSignInPage(ConnectPortalWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_summary(paragraph(QString(), this, u"signInSummaryLabel"_s)),
      m_panel(new SignInPanel(this))
{
    setObjectName(u"signInPage"_s);
    setTitle(tr("Sign in"));
    setSubTitle(tr("BI Workspace opens the portal's sign-in page in your browser. Sign in there and allow the "
                   "application access; the browser then hands the sign-in back to BI Workspace."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Sign in"));
    m_panel->setFlow(wizard->flow());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(m_panel, 1);

    SignInFlow *flow = wizard->flow();
    connect(flow, &SignInFlow::stageChanged, this, &QWizardPage::completeChanged);
    connect(flow, &SignInFlow::succeeded, this, [this] {
        if (m_wizard->currentPage() != this)
            return;
        m_advancing = true;
        m_wizard->next();
        m_advancing = false;
    });
}

void PortalSignInPage::initializePage()
{
    const Profile &profile = m_wizard->draft().profile;
    m_summary->setText(tr("Portal: <b>%1</b><br>Application: <b>%2</b><br>Handler path: %3")
                           .arg(profile.portalUrl.toDisplayString().toHtmlEscaped(), profile.clientId.toHtmlEscaped(),
                                profile.redirectUri().toString().toHtmlEscaped()));
}

void PortalSignInPage::cleanupPage()
{
    m_wizard->flow()->cancel();
}

bool PortalSignInPage::isComplete() const
{
    return !m_wizard->flow()->isRunning();
}

bool PortalSignInPage::validatePage()
{
    if (m_advancing || m_wizard->flow()->stage() == SignInFlow::Stage::Succeeded)
        return true;
    m_wizard->startSignIn();
    return false;
}

// ---- SignInResultPage ----

SignInResultPage::SignInResultPage(ConnectPortalWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_summary(paragraph(QString(), this, u"resultSummaryLabel"_s)),
      m_connectors(new QListWidget(this))
{
    setObjectName(u"signInResultPage"_s);
    setTitle(tr("Connected"));
    setSubTitle(tr("The sign-in works. Click Finish to start working with this portal."));
    setFinalPage(true);
    m_connectors->setObjectName(u"connectorsList"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_connectors, 1);
}

void SignInResultPage::initializePage()
{
    const Profile &profile = m_wizard->draft().profile;
    const QList<Connector> connectors = m_wizard->flow()->connectors();
    m_connectors->clear();
    for (const Connector &connector : connectors)
        m_connectors->addItem(tr("%1 (ID %2)").arg(connector.title).arg(connector.id));
    m_connectors->setVisible(!connectors.isEmpty());
    if (connectors.isEmpty()) {
        m_summary->setText(tr("Signed in to <b>%1</b>. The application has no connectors yet: connectors belong to "
                              "the application that created them, so ones made by other applications are not "
                              "listed.")
                               .arg(profile.portalUrl.host().toHtmlEscaped()));
    } else {
        m_summary->setText(tr("Signed in to <b>%1</b>. The application sees %n connector(s):", nullptr,
                              int(connectors.size()))
                               .arg(profile.portalUrl.host().toHtmlEscaped()));
    }
}
