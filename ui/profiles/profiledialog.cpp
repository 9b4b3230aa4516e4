#include "ui/profiles/profiledialog.h"

#include "api/transport/portalurl.h"
#include "ui/profiles/colortagcombo.h"
#include "ui/shell/detailwidgets.h"
#include "ui/widgets/uipalette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProfileDialog::ProfileDialog(const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_name(new QLineEdit(profile.displayName, this))
    , m_color(new ColorTagCombo(this))
    , m_oauthServer(new QLineEdit(profile.oauthServerUrl.toString(), this))
    , m_port(new QSpinBox(this))
    , m_secret(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"profileDialog"_s);
    setWindowTitle(tr("Edit profile — %1").arg(profile.title()));
    m_name->setObjectName(u"profileNameEdit"_s);
    m_name->setPlaceholderText(profile.portalUrl.host());
    m_color->setObjectName(u"profileColorCombo"_s);
    m_color->setColor(profile.colorTag);
    m_oauthServer->setObjectName(u"profileOAuthServerEdit"_s);
    m_port->setObjectName(u"profileRedirectPortSpin"_s);
    m_port->setRange(1024, 65535);
    m_port->setValue(profile.redirectPort);
    m_secret->setObjectName(u"profileNewSecretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Leave empty to keep the stored key"));
    m_problem->setObjectName(u"profileProblemLabel"_s);
    m_problem->setWordWrap(true);
    UiPalette::setMessageRole(m_problem, UiPalette::Role::Error);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    DetailWidgets::addValueRow(form, tr("Portal:"), u"profilePortalLabel"_s)->setText(profile.portalUrl.toDisplayString());
    DetailWidgets::addValueRow(form, tr("Application ID:"), u"profileClientIdLabel"_s)->setText(profile.clientId);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Colour tag:"), m_color);
    form->addRow(tr("New application key:"), m_secret);
    form->addRow(tr("OAuth server:"), m_oauthServer);
    form->addRow(tr("Redirect port:"), m_port);

    auto *note = new QLabel(tr("A new port takes effect at the next sign-in; update the handler path of the local "
                               "application in Bitrix24 to match."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"profileSaveButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_oauthServer, &QLineEdit::textChanged, this, &ProfileDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    validate();
    resize(520, sizeHint().height());
}

void ProfileDialog::validate()
{
    const PortalUrl server = PortalUrl::parse(m_oauthServer->text());
    m_problem->setText(server.isAcceptable() ? QString()
                                             : tr("The OAuth server must be an https:// address (or a loopback "
                                                  "address for the sandbox)."));
    m_problem->setVisible(!server.isAcceptable());
    m_save->setEnabled(server.isAcceptable());
}

Profile ProfileDialog::profile() const
{
    Profile edited = m_profile;
    edited.displayName = m_name->text().trimmed();
    edited.colorTag = m_color->color();
    QUrl server = PortalUrl::parse(m_oauthServer->text()).url();
    server.setPath(u"/"_s);
    edited.oauthServerUrl = server;
    edited.redirectPort = quint16(m_port->value());
    return edited;
}

QString ProfileDialog::newClientSecret() const
{
    return m_secret->text().trimmed();
}
