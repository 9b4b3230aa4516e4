#include "app/applicationsetup.h"

#include "app/applogging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ApplicationSetup {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"BIWorkspace"_s);
    QCoreApplication::setOrganizationDomain(u"biworkspace.local"_s);
    QCoreApplication::setApplicationName(u"BI Workspace"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BIW_VERSION_STRING));
    QGuiApplication::setDesktopFileName(u"io.github.biworkspace.BIWorkspace"_s);
}

LaunchOptions parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ApplicationSetup", "Analyst's workspace for the Bitrix24 BI connector API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s,
        QCoreApplication::translate("ApplicationSetup", "Start on the built-in demo portal (a local sandbox)."));
    const QCommandLineOption languageOption(
        u"language"_s, QCoreApplication::translate("ApplicationSetup", "User interface language (en, ru)."),
        u"code"_s);
    parser.addOption(demoOption);
    parser.addOption(languageOption);
    parser.process(app);

    LaunchOptions options;
    options.demo = parser.isSet(demoOption);
    options.language = parser.value(languageOption);
    return options;
}

void installTranslators(QApplication &app, const QString &language)
{
    // The command line wins, then View → Language (QSettings "ui/language"), then the system.
    const QString chosen = language.isEmpty() ? QSettings().value(u"ui/language"_s).toString() : language;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    // Without a translation for the locale (e.g. LANG=C) use English: it carries the plural forms.
    if (appTranslator->load(locale, u"biworkspace"_s, u"_"_s, u":/i18n"_s)
        || appTranslator->load(u":/i18n/biworkspace_en"_s)) {
        QCoreApplication::installTranslator(appTranslator);
        qCInfo(lcApp) << "loaded translation" << appTranslator->language();
    }
}

} // namespace ApplicationSetup
