#include "app/applicationsetup.h"
#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ApplicationSetup::setIdentity();
    const LaunchOptions options = ApplicationSetup::parseCommandLine(app);
    ApplicationSetup::installTranslators(app, options.language);

    MainWindow window;
    window.setDemoMode(options.demo);
    window.show();
    return QApplication::exec();
}
