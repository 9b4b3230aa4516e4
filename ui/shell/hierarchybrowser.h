#pragma once

#include "models/catalog/noderef.h"

#include <QWidget>

class HierarchyFilterProxy;
class HierarchyModel;
class QLineEdit;
class QMenu;
class QTimer;
class QTreeView;

// The left side of the main window: a search box over the connector → source → dataset tree.
// Typing in the search box loads everything once (so unexpanded branches are searched too) and
// filters recursively; Enter selects the first match.
class HierarchyBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit HierarchyBrowser(QWidget *parent = nullptr);

    void setModel(HierarchyModel *model);
    HierarchyModel *model() const { return m_model; }
    HierarchyFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }

    // The selected node in source-model terms (invalid when nothing is selected).
    QModelIndex currentSourceIndex() const;
    // The selected row as kind + ids (invalid when nothing or a placeholder row is selected).
    NodeRef currentNode() const;
    void selectSourceIndex(const QModelIndex &sourceIndex);

public slots:
    void focusSearch();
    void refreshCurrent();

signals:
    void currentChanged(const QModelIndex &sourceIndex);
    // Emitted before the tree's context menu opens so feature controllers can add their actions.
    void contextMenuAboutToShow(QMenu *menu, const QModelIndex &sourceIndex);

private:
    void applySearch();
    void showContextMenu(const QPoint &pos);
    void activate(const QModelIndex &proxyIndex);

    HierarchyModel *m_model = nullptr;
    HierarchyFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_view;
    QTimer *m_searchDelay;
    bool m_everythingRequested = false;
};
