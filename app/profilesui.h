#pragma once

#include "models/profiles/profile.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>

class FallbackSecretStore;
class MainWindow;
class PortalSession;
class PortalController;
class ProfileSwitcher;
class SignInBanner;

// Puts the portal profiles into the main window: the profile switcher in the toolbar, the
// sign-in banner above the content, the "Connect a portal" wizard, the edit and sign-in dialogs,
// and warnings about the keychain. Shows the current profile's session in the window; a re-sign-in
// keeps the window's models because the session stays the same.
class ProfilesUi : public QObject
{
    Q_OBJECT
public:
    // `keychain` (optional) reports when secrets fall back to memory.
    ProfilesUi(MainWindow *window, PortalController *controller, FallbackSecretStore *keychain = nullptr);
    // Takes the switcher and the banner out of the window (they show the controller's model).
    ~ProfilesUi() override;

    ProfileSwitcher *switcher() const;
    SignInBanner *banner() const;

    // Makes `id` the current profile once unsaved edits of the portal on show are saved or discarded.
    void switchTo(const QUuid &id);
    void openConnectWizard();
    void openSignInDialog(const QUuid &id);
    void openEditDialog(const QUuid &id);
    void confirmSignOut(const QUuid &id);
    void confirmRemove(const QUuid &id);

private:
    void onCurrentProfileChanged(const QUuid &id);
    void onSessionReady(const QUuid &id, PortalSession *session);
    void updateBanner();
    void onBannerAction();
    void showWarning(const QString &message);
    // Runs `proceed` when the action on profile `affected` leaves the portal on show behind only
    // after its unsaved edits are saved or discarded; `stay` when the user keeps them.
    void leavePortalThen(const QUuid &affected, std::function<void()> proceed, std::function<void()> stay = {});
    // Asks `question` (with %1 = the profile's title) and runs `action` on OK.
    void confirm(const QUuid &id, const QString &title, const QString &question, std::function<void()> action);

    QPointer<MainWindow> m_window;
    PortalController *m_controller;
    QPointer<ProfileSwitcher> m_switcher;
    QPointer<SignInBanner> m_banner;
};
