#pragma once

#include <QString>

class QApplication;
class QCommandLineParser;

// What the command line asked for.
struct LaunchOptions
{
    bool demo = false;
    QString language; // empty = system language
};

// Application-wide set-up shared by main() and the GUI tests: identity, translators, options.
namespace ApplicationSetup {

void setIdentity();
LaunchOptions parseCommandLine(const QApplication &app);
// Loads Qt's and our translation for `language` (e.g. "ru"); empty = the system locale.
void installTranslators(QApplication &app, const QString &language);

} // namespace ApplicationSetup
