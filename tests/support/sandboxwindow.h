#pragma once

// GUI test fixture: the SandboxFixture (an in-process sandbox plus a PortalSession signed in to it)
// and the main window showing that portal offscreen. Feature fixtures derive from it and add their
// own helpers; saveGrab() keeps screenshots for review under /tmp/<folder>/.
#include "models/catalog/hierarchymodel.h"
#include "support/sandboxfixture.h"
#include "ui/shell/mainwindow.h"

#include <QDir>
#include <QTest>

#include <memory>

class SandboxWindow
{
public:
    struct Options
    {
        bool demoMode = false;
        QSize size; // invalid: the window's own default
    };

    explicit SandboxWindow(Options options) : m_options(options) {}
    ~SandboxWindow() { stop(); }
    SandboxWindow(const SandboxWindow &) = delete;
    SandboxWindow &operator=(const SandboxWindow &) = delete;

    bool start(QString *error)
    {
        fixture = std::make_unique<SandboxFixture>();
        if (!fixture->start(QStringLiteral("demo"), error))
            return false;
        server = &fixture->server();
        session = &fixture->session();
        window = std::make_unique<MainWindow>();
        if (m_options.demoMode)
            window->setDemoMode(true);
        if (m_options.size.isValid())
            window->resize(m_options.size);
        window->setPortal(session, QStringLiteral("Demo portal"));
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void stop()
    {
        window.reset();
        session = nullptr;
        server = nullptr;
        fixture.reset();
    }

    HierarchyModel *model() const { return window->hierarchyModel(); }

    // The id of the stored row of `table` whose `column` is `value` (0 when none).
    qint64 storedId(const QString &table, const QString &column, const QString &value) const
    {
        const auto rows = server->query(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column), {value});
        return rows.isEmpty() ? 0 : rows.first().value(QStringLiteral("id")).toLongLong();
    }

    // Saves `widget` as /tmp/<folder>/<name>.png for review; returns the path.
    static QString saveGrab(QWidget *widget, const QString &folder, const QString &name)
    {
        const QString dir = QStringLiteral("/tmp/") + folder;
        QDir().mkpath(dir);
        const QString path = QStringLiteral("%1/%2.png").arg(dir, name);
        widget->grab().save(path);
        return path;
    }

    std::unique_ptr<SandboxFixture> fixture; // the sandbox and a PortalSession signed in to it
    SandboxServer *server = nullptr;
    PortalSession *session = nullptr;
    std::unique_ptr<MainWindow> window;

private:
    Options m_options;
};
