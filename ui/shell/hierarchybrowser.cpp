#include "ui/shell/hierarchybrowser.h"

#include "models/catalog/hierarchyfilterproxy.h"
#include "models/catalog/hierarchymodel.h"
#include "ui/widgets/statecolordelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

HierarchyBrowser::HierarchyBrowser(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new HierarchyFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(u"hierarchySearch"_s);
    m_search->setPlaceholderText(tr("Search connectors, sources, datasets (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    m_view->setObjectName(u"hierarchyView"_s);
    m_view->setModel(m_proxy);
    StateColorDelegate::install(m_view, ItemStateColors::hierarchy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setExpandsOnDoubleClick(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &HierarchyBrowser::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        // Jump to the first matching row.
        std::function<QModelIndex(const QModelIndex &)> firstMatch = [&](const QModelIndex &under) {
            for (int row = 0; row < m_proxy->rowCount(under); ++row) {
                const QModelIndex index = m_proxy->index(row, 0, under);
                if (index.data(HierarchyFilterProxy::MatchRole).toBool())
                    return index;
                if (const QModelIndex inner = firstMatch(index); inner.isValid())
                    return inner;
            }
            return QModelIndex();
        };
        if (const QModelIndex match = firstMatch({}); match.isValid()) {
            m_view->setCurrentIndex(match);
            m_view->setFocus();
        }
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &HierarchyBrowser::showContextMenu);
    connect(m_view, &QTreeView::activated, this, &HierarchyBrowser::activate);
    connect(m_view, &QTreeView::doubleClicked, this, &HierarchyBrowser::activate);

    // Ctrl+F is the main window's View → Find action (focusSearch()).
}

void HierarchyBrowser::setModel(HierarchyModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    m_everythingRequested = false;
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { emit currentChanged(m_proxy->mapToSource(current)); });
    if (!model)
        return;
    connect(model, &HierarchyModel::everythingLoaded, this, [this](bool ok, const QString &) {
        if (!ok)
            m_everythingRequested = false; // let the next keystroke try again
        if (!m_proxy->searchText().isEmpty())
            m_view->expandAll();
    });
    // Open the portal node so the connectors show at once.
    const QModelIndex portal = m_proxy->mapFromSource(model->portalIndex());
    m_view->expand(portal);
}

NodeRef HierarchyBrowser::currentNode() const
{
    return NodeRef::fromIndex(currentSourceIndex());
}

QModelIndex HierarchyBrowser::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_view->currentIndex());
}

void HierarchyBrowser::selectSourceIndex(const QModelIndex &sourceIndex)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(sourceIndex);
    if (!proxyIndex.isValid())
        return;
    for (QModelIndex parent = proxyIndex.parent(); parent.isValid(); parent = parent.parent())
        m_view->expand(parent);
    m_view->setCurrentIndex(proxyIndex);
    m_view->scrollTo(proxyIndex);
}

void HierarchyBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HierarchyBrowser::applySearch()
{
    const QString text = m_search->text();
    if (!text.trimmed().isEmpty() && m_model && !m_everythingRequested) {
        m_everythingRequested = true;
        m_model->loadEverything();
    }
    m_proxy->setSearchText(text);
    if (!text.trimmed().isEmpty())
        m_view->expandAll();
}

void HierarchyBrowser::refreshCurrent()
{
    if (!m_model)
        return;
    const QModelIndex current = currentSourceIndex();
    m_model->refresh(current.isValid() ? current : m_model->portalIndex());
}

void HierarchyBrowser::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (m_model && m_model->isPlaceholder(source) && !source.data(HierarchyModel::ErrorRole).toString().isEmpty())
        m_model->retry(source);
}

void HierarchyBrowser::showContextMenu(const QPoint &pos)
{
    const QModelIndex proxyIndex = m_view->indexAt(pos);
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!m_model || !source.isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_model->isPlaceholder(source)) {
        if (!source.data(HierarchyModel::ErrorRole).toString().isEmpty())
            menu->addAction(tr("Retry"), this, [this, source] { m_model->retry(source); });
    } else {
        menu->addAction(tr("Refresh"), this, [this, source] { m_model->refresh(source); });
        const qint64 id = m_model->idOf(source);
        if (id > 0) {
            menu->addAction(tr("Copy ID"), this, [id] { QApplication::clipboard()->setText(QString::number(id)); });
        }
        menu->addAction(tr("Copy name"), this, [source] {
            QApplication::clipboard()->setText(source.data(Qt::DisplayRole).toString());
        });
    }
    emit contextMenuAboutToShow(menu, source);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}
