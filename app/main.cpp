#include "app/applicationsetup.h"
#include "app/demoportal.h"
#include "app/profileworkspace.h"
#include "bench/firstpaintprobe.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ApplicationSetup::setIdentity();
    const LaunchOptions options = ApplicationSetup::parseCommandLine(app);
    ApplicationSetup::installTranslators(app, options.language);

    MainWindow window;
    window.setDemoMode(options.demo);
    DemoPortal demo;
    if (options.demo) {
        QObject::connect(&demo, &DemoPortal::ready, &window,
                         [&] { window.setPortal(demo.session(), MainWindow::tr("Demo portal")); });
        QObject::connect(&demo, &DemoPortal::failed, &window, &MainWindow::showStartupError);
        demo.start();
    }
    std::unique_ptr<ProfileWorkspace> profiles; // the demo portal is not a stored profile
    if (!options.demo)
        profiles = std::make_unique<ProfileWorkspace>(&window);
    FirstPaintProbe::installIfRequested(&window); // scripts/bench: BIW_BENCH_EXIT_ON_SHOW=1
    window.show();
    // The silent sign-in reads the keychain: only once the window is on its way to the screen.
    if (profiles)
        profiles->start();
    const int rc = QApplication::exec();
    window.clearPortal();
    return rc;
}
