#pragma once

// Shared set-up of the sources GUI tests: the demo sandbox, a PortalSession signed in to it, and
// the main window showing it offscreen, with helpers to find tree nodes (waiting for listings),
// to wait for calls, and to grab dialogs to PNG for review.
#include "api/portalsession.h"
#include "api/tokenmanager.h"
#include "models/hierarchyfilterproxy.h"
#include "models/hierarchymodel.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxfixture.h"
#include "ui/hierarchybrowser.h"
#include "ui/mainwindow.h"
#include "ui/sourceactions.h"

#include <QDir>
#include <QTest>
#include <QTreeView>

#include <memory>

class SourceTestPortal
{
public:
    ~SourceTestPortal() { stop(); }

    bool start(QString *error)
    {
        fixture = std::make_unique<SandboxFixture>();
        if (!fixture->start(QStringLiteral("demo"), error))
            return false;
        server = &fixture->server();
        session = &fixture->session();
        window = std::make_unique<MainWindow>();
        window->setDemoMode(true);
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
    SourceActions *actions() const { return window->findChild<SourceActions *>(); }
    QTreeView *view() const { return window->browser()->view(); }

    // The child of `parent` (a model index) titled `title`, loading `parent`'s children first.
    QModelIndex child(const QModelIndex &parent, const QString &title) const
    {
        view()->expand(window->browser()->proxy()->mapFromSource(parent));
        QModelIndex found;
        const bool loaded = QTest::qWaitFor([&] {
            for (int row = 0; row < model()->rowCount(parent); ++row) {
                const QModelIndex index = model()->index(row, 0, parent);
                if (index.data(Qt::DisplayRole).toString() == title && model()->idOf(index) > 0) {
                    found = index;
                    return true;
                }
            }
            return false;
        }, 10000);
        return loaded ? found : QModelIndex();
    }
    QModelIndex connector(const QString &title) const { return child(model()->portalIndex(), title); }
    QModelIndex source(const QString &connectorTitle, const QString &title) const
    {
        const QModelIndex parent = connector(connectorTitle);
        return parent.isValid() ? child(parent, title) : QModelIndex();
    }
    qint64 storedId(const QString &table, const QString &title) const
    {
        const auto rows = server->query(QStringLiteral("SELECT id FROM %1 WHERE title = ?").arg(table), {title});
        return rows.isEmpty() ? 0 : rows.first().value(QStringLiteral("id")).toLongLong();
    }

    // Saves `widget` as /tmp/biw-sources/<name>.png; returns the path.
    static QString grab(QWidget *widget, const QString &name)
    {
        QDir().mkpath(QStringLiteral("/tmp/biw-sources"));
        const QString path = QStringLiteral("/tmp/biw-sources/%1.png").arg(name);
        widget->grab().save(path);
        return path;
    }

    std::unique_ptr<SandboxFixture> fixture; // the sandbox and a PortalSession signed in to it
    SandboxServer *server = nullptr;
    PortalSession *session = nullptr;
    std::unique_ptr<MainWindow> window;
};
