#pragma once

#include <QMenu>

class QActionGroup;

// View → Language: System / English / Русский. The choice is stored in QSettings ("ui/language",
// empty = the system language) and takes effect after a restart, which the menu offers at once.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    static QString storedLanguage();

private:
    void choose(const QString &code);

    QActionGroup *m_group;
};
