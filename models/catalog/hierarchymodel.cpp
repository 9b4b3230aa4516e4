#include "models/catalog/hierarchymodel.h"

#include "models/catalog/catalogloader.h"
#include "models/catalog/hierarchynode.h"
#include "models/catalog/portalcatalog.h"
#include "models/connectors/logocache.h"

#include <QIcon>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

HierarchyModel::HierarchyModel(PortalCatalog *catalog, CatalogLoader *loader, QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
    , m_loader(loader)
    , m_root(std::make_unique<HierarchyNode>())
{
    auto portal = std::make_unique<HierarchyNode>();
    portal->kind = NodeKind::Portal;
    portal->parent = m_root.get();
    portal->title = tr("Portal");
    m_root->kind = NodeKind::Portal;
    m_root->children.push_back(std::move(portal));
    buildChildren(m_root->children.front().get());

    connect(catalog, &PortalCatalog::added, this, &HierarchyModel::onAdded);
    connect(catalog, &PortalCatalog::changed, this, &HierarchyModel::onChanged);
    connect(catalog, &PortalCatalog::removed, this,
            [this](NodeKind kind, qint64 id, qint64) { onRemoved(kind, id); });
    connect(catalog, &PortalCatalog::childrenStateChanged, this, &HierarchyModel::onChildrenStateChanged);
    connect(catalog, &PortalCatalog::cleared, this, &HierarchyModel::onCleared);
    connect(catalog, &PortalCatalog::childrenAboutToBeReplaced, this, [this](NodeKind parentKind, qint64 parentId) {
        flushBatch();
        m_batch.active = true;
        m_batch.parentKind = parentKind;
        m_batch.parentId = parentId;
    });
    connect(catalog, &PortalCatalog::childrenReplaced, this, &HierarchyModel::flushBatch);
    connect(loader, &CatalogLoader::listingsInFlightChanged, this, &HierarchyModel::loadingChanged);
    connect(loader, &CatalogLoader::everythingLoaded, this, [this](bool ok, const QString &message) {
        const QModelIndex top = portalIndex();
        emit dataChanged(top, top, {LoadStateRole});
        emit everythingLoaded(ok, message);
    });
}

HierarchyModel::~HierarchyModel() = default;

PortalCatalog *HierarchyModel::catalog() const
{
    return m_catalog;
}

CatalogLoader *HierarchyModel::loader() const
{
    return m_loader;
}

void HierarchyModel::setPortalTitle(const QString &title)
{
    m_root->children.front()->title = title;
    const QModelIndex index = portalIndex();
    emit dataChanged(index, index, {Qt::DisplayRole, SearchTextRole});
}

void HierarchyModel::setLogoCache(LogoCache *cache)
{
    if (m_logos)
        m_logos->disconnect(this);
    m_logos = cache;
    if (!cache)
        return;
    connect(cache, &LogoCache::logoReady, this, [this](const QString &logo) {
        if (!m_catalog)
            return;
        for (const auto &child : m_root->children.front()->children) {
            if (child->kind == NodeKind::Connector && child->logo(*m_catalog) == logo) {
                const QModelIndex index = indexOf(child.get());
                emit dataChanged(index, index, {Qt::DecorationRole, LogoRole});
            }
        }
    });
}

void HierarchyModel::setLoadingRowDelay(int ms)
{
    m_loadingRowDelayMs = ms;
}

HierarchyNode *HierarchyModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<HierarchyNode *>(index.internalPointer());
}

QModelIndex HierarchyModel::indexOf(const HierarchyNode *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<HierarchyNode *>(node));
}

QModelIndex HierarchyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    HierarchyNode *parentNode = nodeFor(parent);
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex HierarchyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const HierarchyNode *node = nodeFor(child);
    return indexOf(node->parent);
}

int HierarchyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int HierarchyModel::columnCount(const QModelIndex &) const
{
    return 1;
}

LoadState HierarchyModel::stateOf(const HierarchyNode &node) const
{
    if (&node == m_root.get() || !node.canHaveChildren())
        return LoadState::Loaded;
    return m_catalog ? m_catalog->childrenState(node.kind, node.id) : LoadState::NotLoaded;
}

bool HierarchyModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const HierarchyNode *node = nodeFor(parent);
    if (!node->canHaveChildren())
        return false;
    const LoadState state = stateOf(*node);
    if (state == LoadState::NotLoaded || state == LoadState::Loading)
        return true; // the expander stays while the children are on their way
    return !node->children.empty();
}

bool HierarchyModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return false;
    const HierarchyNode *node = nodeFor(parent);
    return node->canHaveChildren() && stateOf(*node) == LoadState::NotLoaded;
}

void HierarchyModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_loader)
        return;
    const HierarchyNode *node = nodeFor(parent);
    m_loader->listChildren(node->kind, node->id);
}

QModelIndex HierarchyModel::portalIndex() const
{
    return index(0, 0, {});
}

QModelIndex HierarchyModel::indexFor(NodeKind kind, qint64 id) const
{
    return indexOf(findNode(kind, id));
}

HierarchyNode *HierarchyModel::findNode(NodeKind kind, qint64 id) const
{
    if (kind == NodeKind::Portal)
        return m_root->children.front().get();
    return m_nodes.value(nodeKey(kind, id), nullptr);
}

NodeKind HierarchyModel::kindOf(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->kind : NodeKind::Portal;
}

qint64 HierarchyModel::idOf(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->id : 0;
}

bool HierarchyModel::isPlaceholder(const QModelIndex &index) const
{
    return index.isValid() && nodeFor(index)->kind == NodeKind::Placeholder;
}

Qt::ItemFlags HierarchyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> HierarchyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(KindRole, "kind");
    names.insert(LoadStateRole, "loadState");
    names.insert(ErrorRole, "error");
    names.insert(CheckStatusRole, "checkStatus");
    names.insert(LogoRole, "logo");
    names.insert(SearchTextRole, "searchText");
    names.insert(ParentIdRole, "parentId");
    names.insert(ActiveRole, "active");
    names.insert(ErrorRowRole, "errorRow");
    return names;
}

QVariant HierarchyModel::placeholderData(const HierarchyNode &node, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return node.placeholderIsError ? tr("Could not load: %1 — double-click to retry").arg(node.error)
                                       : tr("Loading…");
    case Qt::ToolTipRole:
        return node.placeholderIsError ? node.error : QVariant();
    case Qt::DecorationRole:
        return node.placeholderIsError ? QIcon(u":/models/icons/error.svg"_s) : QVariant();
    case KindRole:
        return QVariant::fromValue(NodeKind::Placeholder);
    case ErrorRole:
        return node.error;
    case ErrorRowRole:
        return node.placeholderIsError;
    default:
        return {};
    }
}

QVariant HierarchyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const HierarchyNode &node = *nodeFor(index);
    if (node.kind == NodeKind::Placeholder)
        return placeholderData(node, role);
    if (!m_catalog)
        return {};

    switch (role) {
    case Qt::DisplayRole:
        return node.title;
    case Qt::ToolTipRole: {
        QString tip = node.description(*m_catalog);
        if (node.kind == NodeKind::Source && node.check.state != CheckStatus::State::Unknown)
            tip += (tip.isEmpty() ? QString() : u"\n"_s) + node.check.message;
        if (!node.isActive(*m_catalog))
            tip += (tip.isEmpty() ? QString() : u"\n"_s) + tr("Inactive source");
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::DecorationRole:
        switch (node.kind) {
        case NodeKind::Portal:
            return QIcon(u":/models/icons/portal.svg"_s);
        case NodeKind::Connector:
            return data(index, LogoRole);
        case NodeKind::Source:
            if (node.check.state == CheckStatus::State::Passed)
                return QIcon(u":/models/icons/source-ok.svg"_s);
            if (node.check.state == CheckStatus::State::Failed)
                return QIcon(u":/models/icons/source-failed.svg"_s);
            return node.isActive(*m_catalog) ? QIcon(u":/models/icons/source.svg"_s)
                                  : QIcon(u":/models/icons/source-inactive.svg"_s);
        case NodeKind::Dataset:
            return QIcon(u":/models/icons/dataset.svg"_s);
        case NodeKind::Placeholder:
            return {};
        }
        return {};
    case IdRole:
        return node.id;
    case KindRole:
        return QVariant::fromValue(node.kind);
    case LoadStateRole:
        return QVariant::fromValue(stateOf(node));
    case ErrorRole:
        return node.canHaveChildren() && m_catalog ? m_catalog->childrenError(node.kind, node.id) : QString();
    case CheckStatusRole:
        return QVariant::fromValue(node.check);
    case LogoRole:
        if (node.kind != NodeKind::Connector)
            return {};
        return m_logos ? m_logos->iconFor(node.logo(*m_catalog)) : QIcon(u":/models/icons/connector.svg"_s);
    case SearchTextRole:
        return QStringList{node.title, QString::number(node.id), node.description(*m_catalog)}.join(u'\n');
    case ParentIdRole:
        return m_catalog ? m_catalog->parentId(node.kind, node.id) : 0;
    case ActiveRole:
        return node.isActive(*m_catalog);
    default:
        return {};
    }
}

// --- nodes ---------------------------------------------------------------------------------

std::unique_ptr<HierarchyNode> HierarchyModel::makeNode(NodeKind kind, qint64 id) const
{
    auto node = std::make_unique<HierarchyNode>();
    node->kind = kind;
    node->id = id;
    node->readSortKeys(*m_catalog);
    return node;
}

// The catalog's children of `parent` (and theirs), without signals: the model is being built.
void HierarchyModel::buildChildren(HierarchyNode *parent)
{
    if (!m_catalog || !parent->canHaveChildren())
        return;
    const NodeKind kind = childKindOf(parent->kind);
    const QList<qint64> ids = kind == NodeKind::Connector ? m_catalog->connectorIds()
                              : kind == NodeKind::Source  ? m_catalog->sourceIds(parent->id)
                                                          : m_catalog->datasetIds(parent->id);
    for (qint64 id : ids) {
        auto node = makeNode(kind, id);
        node->parent = parent;
        m_nodes.insert(nodeKey(kind, id), node.get());
        buildChildren(node.get());
        parent->children.push_back(std::move(node));
    }
    std::stable_sort(parent->children.begin(), parent->children.end(), nodePtrLessThan);
}

void HierarchyModel::appendChildren(HierarchyNode *parent, std::vector<std::unique_ptr<HierarchyNode>> nodes)
{
    if (nodes.empty())
        return;
    std::stable_sort(nodes.begin(), nodes.end(), nodePtrLessThan);
    const bool inOrder = parent->children.empty() || !nodeLessThan(*nodes.front(), *parent->children.back());
    if (!inOrder || parent->hasPlaceholder()) {
        for (auto &node : nodes)
            insertSorted(parent, std::move(node));
        return;
    }
    const int first = int(parent->children.size());
    beginInsertRows(indexOf(parent), first, first + int(nodes.size()) - 1);
    for (auto &node : nodes) {
        node->parent = parent;
        m_nodes.insert(nodeKey(node->kind, node->id), node.get());
        parent->children.push_back(std::move(node));
    }
    endInsertRows();
}

void HierarchyModel::insertSorted(HierarchyNode *parent, std::unique_ptr<HierarchyNode> node)
{
    auto &children = parent->children;
    const auto it = std::upper_bound(children.begin(), children.end(), node, nodePtrLessThan);
    const int at = int(it - children.begin());
    node->parent = parent;
    m_nodes.insert(nodeKey(node->kind, node->id), node.get());
    beginInsertRows(indexOf(parent), at, at);
    children.insert(children.begin() + at, std::move(node));
    endInsertRows();
}

void HierarchyModel::addPlaceholder(HierarchyNode *parent, const QString &error)
{
    auto row = std::make_unique<HierarchyNode>();
    row->kind = NodeKind::Placeholder;
    row->placeholderIsError = !error.isNull();
    row->error = error;
    row->parent = parent;
    const int at = int(parent->children.size());
    beginInsertRows(indexOf(parent), at, at);
    parent->children.push_back(std::move(row));
    endInsertRows();
}

void HierarchyModel::removePlaceholder(HierarchyNode *node)
{
    if (!node->hasPlaceholder())
        return;
    const int at = int(node->children.size()) - 1;
    beginRemoveRows(indexOf(node), at, at);
    node->children.pop_back();
    endRemoveRows();
}

void HierarchyModel::forgetSubtree(HierarchyNode *node)
{
    if (node->kind != NodeKind::Placeholder)
        m_nodes.remove(nodeKey(node->kind, node->id));
    for (const auto &child : node->children)
        forgetSubtree(child.get());
}

// --- following the catalog -----------------------------------------------------------------

void HierarchyModel::onAdded(NodeKind kind, qint64 id, qint64 parentId)
{
    if (findNode(kind, id))
        return;
    if (m_batch.active && parentKindOf(kind) == m_batch.parentKind && parentId == m_batch.parentId) {
        m_batch.added.append(id);
        return;
    }
    HierarchyNode *parent = findNode(parentKindOf(kind), parentId);
    if (!parent)
        return;  // its parent is not in the catalog (yet)
    insertSorted(parent, makeNode(kind, id));
}

void HierarchyModel::flushBatch()
{
    if (!m_batch.active)
        return;
    const Batch batch = std::exchange(m_batch, Batch());
    HierarchyNode *parent = findNode(batch.parentKind, batch.parentId);
    if (!parent)
        return;
    const NodeKind kind = childKindOf(batch.parentKind);
    std::vector<std::unique_ptr<HierarchyNode>> nodes;
    nodes.reserve(size_t(batch.added.size()));
    for (qint64 id : batch.added) {
        if (!findNode(kind, id) && m_catalog->contains(kind, id))
            nodes.push_back(makeNode(kind, id));
    }
    appendChildren(parent, std::move(nodes));
}

void HierarchyModel::onChanged(NodeKind kind, qint64 id)
{
    HierarchyNode *node = findNode(kind, id);
    if (!node)
        return;
    node->readSortKeys(*m_catalog);
    HierarchyNode *parent = node->parent;
    auto &children = parent->children;
    // Keep the sibling order: the new position is how many other siblings sort before the node.
    const int from = node->row();
    int to = 0;
    for (size_t i = 0; i < children.size(); ++i) {
        if (int(i) != from && !nodeLessThan(*node, *children[i]))
            ++to;
    }
    if (to != from) {
        const QModelIndex parentIndex = indexOf(parent);
        beginMoveRows(parentIndex, from, from, parentIndex, to > from ? to + 1 : to);
        std::unique_ptr<HierarchyNode> moving = std::move(children[size_t(from)]);
        children.erase(children.begin() + from);
        children.insert(children.begin() + to, std::move(moving));
        endMoveRows();
    }
    const QModelIndex index = indexOf(node);
    emit dataChanged(index, index);
}

void HierarchyModel::onRemoved(NodeKind kind, qint64 id)
{
    if (m_batch.active && parentKindOf(kind) == m_batch.parentKind)
        m_batch.added.removeOne(id);
    HierarchyNode *node = findNode(kind, id);
    if (!node || kind == NodeKind::Portal)
        return;
    HierarchyNode *parent = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOf(parent), row, row);
    forgetSubtree(node);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
    if (parent->children.empty()) {
        const QModelIndex index = indexOf(parent);
        emit dataChanged(index, index, {LoadStateRole});
    }
}

void HierarchyModel::onChildrenStateChanged(NodeKind parentKind, qint64 parentId)
{
    HierarchyNode *node = findNode(parentKind, parentId);
    if (!node || !m_catalog)
        return;
    const LoadState state = m_catalog->childrenState(parentKind, parentId);
    removePlaceholder(node);  // a stale "Loading…" or error row
    const QModelIndex index = indexOf(node);
    if (state == LoadState::Loading) {
        // A "Loading…" row only when the children are slow to come: no flicker on fast replies.
        const int ticket = ++node->loadingTicket;
        QTimer::singleShot(m_loadingRowDelayMs, this, [this, parentKind, parentId, ticket] {
            HierarchyNode *waiting = findNode(parentKind, parentId);
            if (waiting && waiting->loadingTicket == ticket && waiting->children.empty()
                && stateOf(*waiting) == LoadState::Loading)
                addPlaceholder(waiting, QString());
        });
    } else if (state == LoadState::Failed) {
        addPlaceholder(node, m_catalog->childrenError(parentKind, parentId));
    }
    emit dataChanged(index, index, {LoadStateRole, ErrorRole});
    if (state == LoadState::Failed)
        emit loadFailed(index, m_catalog->childrenError(parentKind, parentId));
}

void HierarchyModel::onCleared()
{
    beginResetModel();
    m_batch = Batch();
    m_nodes.clear();
    m_root->children.front()->children.clear();
    endResetModel();
}

// --- loading -------------------------------------------------------------------------------

bool HierarchyModel::isLoadingEverything() const
{
    return m_loader && m_loader->isLoadingEverything();
}

int HierarchyModel::loadingCount() const
{
    return m_loader ? m_loader->listingsInFlight() : 0;
}

void HierarchyModel::refresh(const QModelIndex &index)
{
    HierarchyNode *node = nodeFor(index);
    if (node->kind == NodeKind::Placeholder)
        node = node->parent;
    if (!node->canHaveChildren() || node == m_root.get() || !m_loader)
        return;
    m_loader->listChildren(node->kind, node->id);
}

void HierarchyModel::refreshAll()
{
    if (!m_loader)
        return;
    std::function<void(HierarchyNode *)> visit = [&](HierarchyNode *node) {
        const LoadState state = stateOf(*node);
        if (node->canHaveChildren() && (state == LoadState::Loaded || state == LoadState::Failed))
            m_loader->listChildren(node->kind, node->id);
        for (const auto &child : node->children)
            visit(child.get());
    };
    visit(m_root->children.front().get());
}

void HierarchyModel::retry(const QModelIndex &index)
{
    HierarchyNode *node = nodeFor(index);
    if (node->kind == NodeKind::Placeholder)
        node = node->parent;
    if (!node->canHaveChildren() || stateOf(*node) != LoadState::Failed || !m_loader)
        return;
    m_loader->listChildren(node->kind, node->id);
}

void HierarchyModel::loadEverything()
{
    if (m_loader)
        m_loader->loadEverything();
}

void HierarchyModel::setCheckStatus(qint64 sourceId, const CheckStatus &status)
{
    HierarchyNode *node = findNode(NodeKind::Source, sourceId);
    if (!node)
        return;
    node->check = status;
    const QModelIndex index = indexOf(node);
    emit dataChanged(index, index, {Qt::DecorationRole, Qt::ToolTipRole, CheckStatusRole});
}
