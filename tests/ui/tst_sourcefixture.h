#pragma once

// Shared set-up of the sources GUI tests: the demo sandbox, a PortalSession signed in to it, and
// the main window showing it offscreen, with helpers to find tree nodes (waiting for listings),
// to wait for calls, and to grab dialogs to PNG for review.
#include "models/catalog/hierarchyfilterproxy.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxwindow.h"
#include "ui/shell/hierarchybrowser.h"
#include "ui/sources/sourceactions.h"

#include <QTest>
#include <QTreeView>


class SourceTestPortal : public SandboxWindow
{
public:
    SourceTestPortal() : SandboxWindow({/*demoMode=*/true, QSize()}) {}

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
        return SandboxWindow::storedId(table, QStringLiteral("title"), title);
    }

    static QString grab(QWidget *widget, const QString &name)
    {
        return saveGrab(widget, QStringLiteral("biw-sources"), name);
    }
};
