#pragma once
// Shared by the connector GUI tests: the demo sandbox, a signed-in session and the main window
// (offscreen), plus helpers to find widgets, select tree nodes and grab screenshots.

#include "models/catalog/hierarchyfilterproxy.h"
#include "models/catalog/hierarchymodel.h"
#include "models/tst_connectorfixture.h"
#include "ui/connectors/connectoractions.h"
#include "ui/shell/hierarchybrowser.h"
#include "ui/shell/mainwindow.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <memory>

class ConnectorWindow
{
public:
    ~ConnectorWindow()
    {
        window.reset();
        portal.reset();
    }

    static void initTestCase(const char *name)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BIWorkspaceTests"));
        QCoreApplication::setApplicationName(QString::fromLatin1(name));
        QSettings().clear();
    }

    bool start()
    {
        portal = std::make_unique<ConnectorFixture>();
        if (!portal->start())
            return false;
        window = std::make_unique<MainWindow>();
        window->setDemoMode(true);
        window->setPortal(portal->session, QStringLiteral("Demo portal"));
        window->resize(1200, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        window->activateWindow(); // shortcuts (Ctrl+S, Delete) need the active window
        if (!QTest::qWaitForWindowActive(window.get()))
            return false;
        return QTest::qWaitFor([this] { return model()->rowCount(model()->portalIndex()) >= 3; }, 10000);
    }

    HierarchyModel *model() const { return window->hierarchyModel(); }
    ConnectorActions *actions() const { return window->findChild<ConnectorActions *>(); }
    QTreeView *tree() const { return window->browser()->view(); }

    QModelIndex connectorIndex(const QString &title) const
    {
        const QModelIndex portalIndex = model()->portalIndex();
        for (int row = 0; row < model()->rowCount(portalIndex); ++row) {
            const QModelIndex index = model()->index(row, 0, portalIndex);
            if (index.data().toString() == title)
                return index;
        }
        return {};
    }

    // Selects a node and gives the tree the focus (as a user clicking it would).
    void select(const QModelIndex &sourceIndex) const
    {
        window->browser()->selectSourceIndex(sourceIndex);
        tree()->setFocus();
    }

    template <typename T = QWidget>
    T *find(const QString &objectName) const
    {
        return window->findChild<T *>(objectName);
    }

    // Saves `widget` as /tmp/hc-shots/<name>.png for a human to look at.
    static void grab(QWidget *widget, const QString &name)
    {
        QDir().mkpath(QStringLiteral("/tmp/hc-shots"));
        widget->grab().save(QStringLiteral("/tmp/hc-shots/") + name + QStringLiteral(".png"));
    }

    std::unique_ptr<ConnectorFixture> portal;
    std::unique_ptr<MainWindow> window;
};
