#include "app/profilesui.h"

#include "api/transport/portalsession.h"
#include "app/fallbacksecretstore.h"
#include "app/portalcontroller.h"
#include "models/profiles/profilesmodel.h"
#include "models/profiles/profilestore.h"
#include "ui/profiles/connectportalwizard.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messageboxes.h"
#include "ui/profiles/profiledialog.h"
#include "ui/profiles/profileswitcher.h"
#include "ui/profiles/signinbanner.h"
#include "ui/profiles/signindialog.h"

using namespace Qt::StringLiterals;

ProfilesUi::ProfilesUi(MainWindow *window, PortalController *controller, FallbackSecretStore *keychain)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
    , m_switcher(new ProfileSwitcher(controller->model(), window))
    , m_banner(new SignInBanner(window))
{
    window->setPortalSwitcher(m_switcher);
    window->addTopBanner(m_banner);

    connect(m_switcher, &ProfileSwitcher::profileActivated, this, &ProfilesUi::switchTo);
    connect(m_switcher, &ProfileSwitcher::connectRequested, this, &ProfilesUi::openConnectWizard);
    connect(m_switcher, &ProfileSwitcher::editRequested, this, &ProfilesUi::openEditDialog);
    connect(m_switcher, &ProfileSwitcher::signOutRequested, this, &ProfilesUi::confirmSignOut);
    connect(m_switcher, &ProfileSwitcher::removeRequested, this, &ProfilesUi::confirmRemove);
    connect(m_banner, &SignInBanner::actionRequested, this, &ProfilesUi::onBannerAction);

    connect(controller, &PortalController::currentProfileChanged, this, &ProfilesUi::onCurrentProfileChanged);
    connect(controller, &PortalController::sessionReady, this, &ProfilesUi::onSessionReady);
    connect(controller, &PortalController::sessionClosing, this, [this](const QUuid &, PortalSession *session) {
        if (m_window && m_window->session() == session)
            m_window->clearPortal();
    });
    connect(controller, &PortalController::statusChanged, this, &ProfilesUi::updateBanner);
    connect(controller, &PortalController::warning, this, &ProfilesUi::showWarning);
    connect(controller->profiles(), &ProfileStore::profileChanged, this, [this](const Profile &profile) {
        if (profile.id == m_controller->currentProfileId() && m_window && m_window->session())
            m_window->setWindowTitle(tr("BI Workspace — %1").arg(profile.title()));
    });
    if (keychain) {
        connect(keychain, &FallbackSecretStore::primaryUnavailable, this, [this](const QString &reason) {
            showWarning(tr("The system keychain is not available (%1). Client secrets and sign-ins are kept in "
                           "memory for this session only and are not saved: you will have to sign in again "
                           "after restarting BI Workspace.")
                            .arg(reason));
        });
    }
    m_switcher->setCurrentProfile(controller->currentProfileId());
    updateBanner();
}

ProfilesUi::~ProfilesUi()
{
    delete m_switcher;
    delete m_banner;
}

ProfileSwitcher *ProfilesUi::switcher() const
{
    return m_switcher;
}

SignInBanner *ProfilesUi::banner() const
{
    return m_banner;
}

void ProfilesUi::onCurrentProfileChanged(const QUuid &id)
{
    m_switcher->setCurrentProfile(id);
    if (m_window && m_window->session() && m_window->session() != m_controller->session(id))
        m_window->clearPortal();
    updateBanner();
}

void ProfilesUi::onSessionReady(const QUuid &id, PortalSession *session)
{
    if (!m_window || id != m_controller->currentProfileId())
        return;
    // A re-sign-in hands back the session already shown: keep its models and pending edits.
    if (m_window->session() != session) {
        const std::optional<Profile> profile = m_controller->profiles()->profile(id);
        m_window->setPortal(session, profile ? profile->title() : QString());
    }
    updateBanner();
}

void ProfilesUi::updateBanner()
{
    const QUuid id = m_controller->currentProfileId();
    const std::optional<Profile> profile = m_controller->profiles()->profile(id);
    if (!profile) {
        if (m_controller->profiles()->profiles().isEmpty())
            m_banner->showMessage(tr("No portal is connected yet."), tr("Connect a portal…"));
        else
            m_banner->showMessage(tr("Choose a portal in the toolbar."), QString());
        return;
    }
    const QString message = m_controller->statusMessage(id);
    switch (m_controller->status(id)) {
    case ProfileStatus::SignedIn:
        m_banner->hide();
        break;
    case ProfileStatus::SigningIn:
        m_banner->showMessage(tr("Signing in to %1…").arg(profile->title()), QString());
        break;
    case ProfileStatus::SignedOut:
        m_banner->showMessage(tr("You are signed out of %1. %2").arg(profile->title(), message), tr("Sign in…"));
        break;
    case ProfileStatus::SignInRequired:
        m_banner->showMessage(tr("Sign-in required for %1. %2").arg(profile->title(), message), tr("Sign in…"));
        break;
    case ProfileStatus::Unreachable:
        m_banner->showMessage(message, tr("Retry"), SignInBanner::Tone::Error);
        break;
    }
}

void ProfilesUi::onBannerAction()
{
    const QUuid id = m_controller->currentProfileId();
    if (!m_controller->profiles()->contains(id)) {
        openConnectWizard();
        return;
    }
    if (m_controller->status(id) == ProfileStatus::Unreachable)
        m_controller->activate(id);
    else
        openSignInDialog(id);
}

void ProfilesUi::switchTo(const QUuid &id)
{
    if (id == m_controller->currentProfileId()) {
        m_controller->activate(id);
        return;
    }
    // Any other profile replaces the portal on show: its edits are settled first.
    leavePortalThen(
        m_controller->currentProfileId(), [this, id] { m_controller->activate(id); },
        [this] {
            if (m_switcher)
                m_switcher->setCurrentProfile(m_controller->currentProfileId());
        });
}

void ProfilesUi::leavePortalThen(const QUuid &affected, std::function<void()> proceed, std::function<void()> stay)
{
    if (!m_window || !m_window->session() || affected != m_controller->currentProfileId()) {
        proceed();
        return;
    }
    m_window->leavePortalThen(std::move(proceed), std::move(stay));
}

void ProfilesUi::openConnectWizard()
{
    // The new portal becomes the current one: settle the edits of the one on show first.
    leavePortalThen(m_controller->currentProfileId(), [this] {
        auto *wizard = new ConnectPortalWizard(m_controller->secrets(), m_window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &QDialog::accepted, this, [this, wizard] {
            PortalSession *session = wizard->takeSession();
            if (session)
                m_controller->addSignedInProfile(wizard->draft().profile, wizard->draft().clientSecret, session);
        });
        wizard->open();
    });
}

void ProfilesUi::openSignInDialog(const QUuid &id)
{
    const std::optional<Profile> profile = m_controller->profiles()->profile(id);
    if (!profile)
        return;
    auto *dialog = new SignInDialog(*profile, !m_controller->hasClientSecret(id), m_controller->signInFlow(id), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signInRequested, m_controller,
            [this, id](const QString &clientSecret) { m_controller->startSignIn(id, clientSecret); });
    dialog->open();
}

void ProfilesUi::openEditDialog(const QUuid &id)
{
    const std::optional<Profile> profile = m_controller->profiles()->profile(id);
    if (!profile)
        return;
    auto *dialog = new ProfileDialog(*profile, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_controller,
            [this, dialog] { m_controller->updateProfile(dialog->profile(), dialog->newClientSecret()); });
    dialog->open();
}

void ProfilesUi::confirmSignOut(const QUuid &id)
{
    confirm(id, tr("Sign out"),
            tr("Sign out of %1? Its application key and sign-in are deleted from the keychain; to sign in again "
               "you will need the application key."),
            [this, id] { leavePortalThen(id, [this, id] { m_controller->signOut(id); }); });
}

void ProfilesUi::confirmRemove(const QUuid &id)
{
    confirm(id, tr("Remove profile"),
            tr("Remove the profile %1? Its secrets are deleted from the keychain. Nothing changes on the portal."),
            [this, id] { leavePortalThen(id, [this, id] { m_controller->removeProfile(id); }); });
}

void ProfilesUi::confirm(const QUuid &id, const QString &title, const QString &question, std::function<void()> action)
{
    const std::optional<Profile> profile = m_controller->profiles()->profile(id);
    if (!profile)
        return;
    MessageBoxes::ask(m_window, QMessageBox::Question, title, question.arg(profile->title()),
                      QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel,
                      [action = std::move(action)](MessageBoxes::Answer answer) {
                          if (answer == QMessageBox::Ok)
                              action();
                      });
}

void ProfilesUi::showWarning(const QString &message)
{
    MessageBoxes::ask(m_window, QMessageBox::Warning, tr("Keychain"), message, QMessageBox::Ok, QMessageBox::Ok,
                      [](MessageBoxes::Answer) {});
}
