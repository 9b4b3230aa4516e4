#include "ui/profiles/profileswitcher.h"

#include "models/profiles/profilesmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;

ProfileSwitcher::ProfileSwitcher(ProfilesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_label(new QLabel(tr("Portal:"), this))
    , m_combo(new QComboBox(this))
    , m_menuButton(new QToolButton(this))
{
    setObjectName(u"profileSwitcherWidget"_s);
    m_combo->setObjectName(u"profileSwitcher"_s);
    m_combo->setModel(model);
    m_combo->setPlaceholderText(tr("No portal connected"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(14);
    m_combo->setToolTip(tr("The portal you are working with"));
    m_label->setBuddy(m_combo);

    auto *menu = new QMenu(this);
    menu->setObjectName(u"profileMenu"_s);
    m_connect = menu->addAction(QIcon::fromTheme(u"list-add"_s), tr("&Connect a portal…"));
    m_connect->setObjectName(u"connectPortalAction"_s);
    menu->addSeparator();
    m_edit = menu->addAction(QIcon::fromTheme(u"document-edit"_s), tr("&Edit profile…"));
    m_edit->setObjectName(u"editProfileAction"_s);
    m_signOut = menu->addAction(QIcon::fromTheme(u"system-log-out"_s), tr("&Sign out"));
    m_signOut->setObjectName(u"signOutAction"_s);
    m_signOut->setToolTip(tr("Deletes this portal's client secret and sign-in from the keychain"));
    m_remove = menu->addAction(QIcon::fromTheme(u"list-remove"_s), tr("&Remove profile"));
    m_remove->setObjectName(u"removeProfileAction"_s);

    m_menuButton->setObjectName(u"profileMenuButton"_s);
    m_menuButton->setText(tr("Profiles"));
    m_menuButton->setToolTip(tr("Connect, edit, sign out of or remove portals"));
    m_menuButton->setMenu(menu);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_menuButton);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int row) {
        updateActions();
        if (!m_settingCurrent && row >= 0)
            emit profileActivated(m_model->idAt(row));
    });
    connect(m_connect, &QAction::triggered, this, &ProfileSwitcher::connectRequested);
    connect(m_edit, &QAction::triggered, this, [this] { emit editRequested(currentProfileId()); });
    connect(m_signOut, &QAction::triggered, this, [this] { emit signOutRequested(currentProfileId()); });
    connect(m_remove, &QAction::triggered, this, [this] { emit removeRequested(currentProfileId()); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ProfileSwitcher::updateActions);
    updateActions();
}

QUuid ProfileSwitcher::currentProfileId() const
{
    return m_model->idAt(m_combo->currentIndex());
}

void ProfileSwitcher::setCurrentProfile(const QUuid &id)
{
    m_settingCurrent = true;
    m_combo->setCurrentIndex(m_model->rowOf(id));
    m_settingCurrent = false;
    updateActions();
}

void ProfileSwitcher::updateActions()
{
    const bool hasCurrent = !currentProfileId().isNull();
    m_edit->setEnabled(hasCurrent);
    m_signOut->setEnabled(hasCurrent);
    m_remove->setEnabled(hasCurrent);
}
