#include "app/profileworkspace.h"

#include "app/keychainsecretstore.h"
#include "ui/shell/mainwindow.h"

ProfileWorkspace::ProfileWorkspace(MainWindow *window)
    : m_window(window)
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_controller(&m_secrets)
    , m_ui(new ProfilesUi(window, &m_controller, &m_secrets))
{
}

ProfileWorkspace::~ProfileWorkspace()
{
    // The sessions die with the controller: the window must stop using them first.
    if (m_window)
        m_window->clearPortal();
    delete m_ui;
}

void ProfileWorkspace::start()
{
    m_controller.start();
}
