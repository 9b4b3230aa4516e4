#pragma once

#include "app/fallbacksecretstore.h"
#include "app/portalcontroller.h"
#include "app/profilesui.h"

#include <QPointer>

class MainWindow;

// The portal workspace of a normal (non-demo) start: secrets in the OS keychain (memory if it is
// unavailable), the profiles and their sessions, and their UI in the main window.
class ProfileWorkspace
{
public:
    explicit ProfileWorkspace(MainWindow *window);
    ~ProfileWorkspace();

    // Signs in silently to the profile used last time.
    void start();

    PortalController *controller() { return &m_controller; }
    ProfilesUi *ui() const { return m_ui; }

private:
    QPointer<MainWindow> m_window;
    FallbackSecretStore m_secrets;
    PortalController m_controller;
    QPointer<ProfilesUi> m_ui; // a child of the window, deleted first
};
