#include "ui/shell/languagemenu.h"

#include "ui/widgets/messageboxes.h"

#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString kLanguageKey = u"ui/language"_s;
}

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);
    const QString current = storedLanguage();
    const QList<QPair<QString, QString>> choices{
        {QString(), tr("System language")},
        {u"en"_s, u"English"_s},        // language names are shown in their own language
        {u"ru"_s, u"Русский"_s},
    };
    for (const auto &[code, label] : choices) {
        QAction *action = addAction(label);
        action->setObjectName(u"language_"_s + (code.isEmpty() ? u"system"_s : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    }
}

QString LanguageMenu::storedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void LanguageMenu::choose(const QString &code)
{
    if (code == storedLanguage())
        return;
    QSettings().setValue(kLanguageKey, code);
    MessageBoxes::ask(parentWidget(), QMessageBox::Question, tr("Language"),
                      tr("The new language is used after BI Workspace restarts. Restart now?"),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes, [](MessageBoxes::Answer answer) {
                          if (answer != QMessageBox::Yes)
                              return;
                          // Closing goes through every unsaved-changes guard; restart only if it closed.
                          QApplication::closeAllWindows();
                          const QWidgetList windows = QApplication::topLevelWidgets();
                          for (const QWidget *window : windows) {
                              if (window->isVisible() && qobject_cast<const QMainWindow *>(window))
                                  return; // the user kept the window open (unsaved changes)
                          }
                          QStringList arguments = QCoreApplication::arguments().mid(1);
                          const qsizetype at = arguments.indexOf(u"--language"_s);
                          if (at >= 0)
                              arguments.remove(at, qMin<qsizetype>(2, arguments.size() - at));
                          QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
                          QCoreApplication::quit();
                      });
}
