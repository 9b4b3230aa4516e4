#include "models/catalog/hierarchymodel.h"

#include "models/catalog/hierarchybackend.h"
#include "models/connectors/logocache.h"
#include "models/modelslogging.h"

#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

HierarchyBackend::~HierarchyBackend() = default;

struct HierarchyNode
{
    NodeKind kind = NodeKind::Placeholder;
    qint64 id = 0;
    qint64 parentId = 0;
    QJsonObject entity; // change only through setEntity(): the sort keys below follow it
    QString title;      // the dataset's name, else the title
    int sort = 100;     // connectors' "sort"
    HierarchyNode *parent = nullptr;
    std::vector<std::unique_ptr<HierarchyNode>> children;

    LoadState state = LoadState::NotLoaded;
    QString error;
    QPointer<ChildListing> listing;
    QList<QJsonObject> mergeBuffer;
    CheckStatus check;
    bool placeholderIsError = false;

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return int(i);
        }
        return -1;
    }
    void setEntity(const QJsonObject &value)
    {
        entity = value;
        // Cached: sorting 10 000 rows would otherwise read the JSON in every comparison.
        title = entity.value(kind == NodeKind::Dataset ? u"name"_s : u"title"_s).toString();
        sort = entity.value(u"sort"_s).toInt(100);
    }
    bool hasPlaceholder() const { return !children.empty() && children.back()->kind == NodeKind::Placeholder; }
    bool canHaveChildren() const { return kind == NodeKind::Portal || kind == NodeKind::Connector || kind == NodeKind::Source; }
};

namespace {

qint64 jsonId(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toLongLong();
    return qint64(value.toDouble());
}

// Connectors by sort then title; sources by title; datasets by name (case-insensitive, then id).
bool lessThan(const HierarchyNode &a, const HierarchyNode &b)
{
    if (a.kind == NodeKind::Placeholder || b.kind == NodeKind::Placeholder)
        return b.kind == NodeKind::Placeholder && a.kind != NodeKind::Placeholder;
    if (a.kind == NodeKind::Connector) {
        if (a.sort != b.sort)
            return a.sort < b.sort;
    }
    const int byTitle = QString::compare(a.title, b.title, Qt::CaseInsensitive);
    if (byTitle != 0)
        return byTitle < 0;
    return a.id < b.id;
}

quint64 nodeKey(NodeKind kind, qint64 id)
{
    return (quint64(kind) << 56) ^ quint64(id);
}

} // namespace

HierarchyModel::HierarchyModel(HierarchyBackend *backend, QObject *parent)
    : QAbstractItemModel(parent)
    , m_backend(backend)
    , m_root(std::make_unique<HierarchyNode>())
{
    auto portal = std::make_unique<HierarchyNode>();
    portal->kind = NodeKind::Portal;
    portal->parent = m_root.get();
    portal->setEntity({{u"title"_s, tr("Portal")}});
    m_root->kind = NodeKind::Portal;
    m_root->state = LoadState::Loaded;
    m_root->children.push_back(std::move(portal));
}

HierarchyModel::~HierarchyModel()
{
    cancelListings(m_root.get());
    for (const auto &listing : std::as_const(m_everything.listings)) {
        if (listing) {
            listing->disconnect(this);
            listing->cancel();
        }
    }
}

void HierarchyModel::setPortalTitle(const QString &title)
{
    HierarchyNode *portal = m_root->children.front().get();
    QJsonObject entity = portal->entity;
    entity.insert(u"title"_s, title);
    portal->setEntity(entity);
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
        for (const auto &child : m_root->children.front()->children) {
            if (child->kind == NodeKind::Connector && child->entity.value(u"logo"_s).toString() == logo) {
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

bool HierarchyModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const HierarchyNode *node = nodeFor(parent);
    if (!node->canHaveChildren())
        return false;
    if (node->state == LoadState::NotLoaded || node->state == LoadState::Loading)
        return true; // the expander stays while the children are on their way
    return !node->children.empty();
}

bool HierarchyModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return false;
    const HierarchyNode *node = nodeFor(parent);
    return node->canHaveChildren() && node->state == LoadState::NotLoaded;
}

void HierarchyModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    startListing(nodeFor(parent), /*merge=*/false);
}

QModelIndex HierarchyModel::portalIndex() const
{
    return index(0, 0, {});
}

QModelIndex HierarchyModel::indexFor(NodeKind kind, qint64 id) const
{
    if (kind == NodeKind::Portal)
        return portalIndex();
    return indexOf(findNode(kind, id));
}

HierarchyNode *HierarchyModel::findNode(NodeKind kind, qint64 id) const
{
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
    names.insert(EntityRole, "entity");
    names.insert(SearchTextRole, "searchText");
    names.insert(ParentIdRole, "parentId");
    names.insert(ActiveRole, "active");
    names.insert(ErrorRowRole, "errorRow");
    return names;
}

QVariant HierarchyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const HierarchyNode &node = *nodeFor(index);
    if (node.kind == NodeKind::Placeholder) {
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

    switch (role) {
    case Qt::DisplayRole:
        return node.title;
    case Qt::ToolTipRole: {
        QString tip = node.entity.value(u"description"_s).toString();
        if (node.kind == NodeKind::Source && node.check.state != CheckStatus::State::Unknown)
            tip += (tip.isEmpty() ? QString() : u"\n"_s) + node.check.message;
        if (node.kind == NodeKind::Source && !node.entity.value(u"active"_s).toBool(true))
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
            return node.entity.value(u"active"_s).toBool(true) ? QIcon(u":/models/icons/source.svg"_s)
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
        return QVariant::fromValue(node.state);
    case ErrorRole:
        return node.error;
    case CheckStatusRole:
        return QVariant::fromValue(node.check);
    case LogoRole:
        if (node.kind != NodeKind::Connector)
            return {};
        return m_logos ? m_logos->iconFor(node.entity.value(u"logo"_s).toString())
                       : QIcon(u":/models/icons/connector.svg"_s);
    case EntityRole:
        return node.entity;
    case SearchTextRole:
        return QStringList{node.title, QString::number(node.id), node.entity.value(u"description"_s).toString()}
            .join(u'\n');
    case ParentIdRole:
        return node.parentId;
    case ActiveRole:
        return node.entity.value(u"active"_s).toBool(true);
    default:
        return {};
    }
}

// --- loading -------------------------------------------------------------------------------

void HierarchyModel::setLoadingDelta(int delta)
{
    m_loadingCount += delta;
    emit loadingChanged(m_loadingCount);
}

void HierarchyModel::startListing(HierarchyNode *node, bool merge)
{
    cancelListings(node);
    const bool wasFailed = node->state == LoadState::Failed;
    node->state = LoadState::Loading;
    node->error.clear();
    node->mergeBuffer.clear();
    if (wasFailed)
        removePlaceholder(node);

    ChildListing *listing = m_backend->listChildren(node->kind, node->id);
    node->listing = listing;
    setLoadingDelta(+1);
    const QPersistentModelIndex where(indexOf(node));
    connect(listing, &ChildListing::pageReceived, this, [this, where, merge](const QJsonArray &items) {
        if (where.isValid())
            onPage(nodeFor(where), items, merge);
    });
    connect(listing, &ChildListing::finished, this, [this, where, merge](const ApiError &error) {
        setLoadingDelta(-1);
        if (where.isValid())
            onListingFinished(nodeFor(where), error, merge);
    });
    if (!merge) {
        QTimer::singleShot(m_loadingRowDelayMs, listing, [this, where] {
            if (where.isValid())
                showLoadingRow(nodeFor(where));
        });
    }
}

void HierarchyModel::cancelListings(HierarchyNode *node)
{
    if (node->listing) {
        ChildListing *listing = node->listing;
        node->listing = nullptr;
        listing->disconnect(this);
        listing->cancel();
        setLoadingDelta(-1);
        if (node->state == LoadState::Loading)
            node->state = LoadState::NotLoaded;
    }
    for (const auto &child : node->children)
        cancelListings(child.get());
}

void HierarchyModel::showLoadingRow(HierarchyNode *node)
{
    if (node->state != LoadState::Loading || node->hasPlaceholder() || !node->children.empty())
        return;
    auto row = std::make_unique<HierarchyNode>();
    row->kind = NodeKind::Placeholder;
    row->parent = node;
    const int at = int(node->children.size());
    beginInsertRows(indexOf(node), at, at);
    node->children.push_back(std::move(row));
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

std::unique_ptr<HierarchyNode> HierarchyModel::makeNode(NodeKind kind, const QJsonObject &entity) const
{
    auto node = std::make_unique<HierarchyNode>();
    node->kind = kind;
    node->setEntity(entity);
    node->id = jsonId(entity.value(u"id"_s));
    if (kind == NodeKind::Source)
        node->parentId = jsonId(entity.value(u"connectorId"_s));
    else if (kind == NodeKind::Dataset)
        node->parentId = jsonId(entity.value(u"sourceId"_s));
    if (kind == NodeKind::Dataset)
        node->state = LoadState::Loaded; // leaves
    return node;
}

void HierarchyModel::onPage(HierarchyNode *node, const QJsonArray &items, bool merge)
{
    if (merge) {
        for (const QJsonValue &item : items)
            node->mergeBuffer.append(item.toObject());
        return;
    }
    removePlaceholder(node);
    std::vector<std::unique_ptr<HierarchyNode>> nodes;
    nodes.reserve(size_t(items.size()));
    const NodeKind kind = childKindOf(node->kind);
    for (const QJsonValue &item : items) {
        auto child = makeNode(kind, item.toObject());
        if (!findNode(kind, child->id))
            nodes.push_back(std::move(child));
    }
    appendChildren(node, std::move(nodes));
}

void HierarchyModel::appendChildren(HierarchyNode *parent, std::vector<std::unique_ptr<HierarchyNode>> nodes)
{
    if (nodes.empty())
        return;
    std::stable_sort(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) { return lessThan(*a, *b); });
    const bool inOrder = parent->children.empty() || !lessThan(*nodes.front(), *parent->children.back());
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
    const auto it = std::upper_bound(children.begin(), children.end(), node,
                                     [](const auto &a, const auto &b) { return lessThan(*a, *b); });
    const int at = int(it - children.begin());
    node->parent = parent;
    m_nodes.insert(nodeKey(node->kind, node->id), node.get());
    beginInsertRows(indexOf(parent), at, at);
    children.insert(children.begin() + at, std::move(node));
    endInsertRows();
}

void HierarchyModel::onListingFinished(HierarchyNode *node, const ApiError &error, bool merge)
{
    node->listing = nullptr;
    if (error.isError()) {
        node->mergeBuffer.clear();
        if (error.kind() == ApiError::Kind::Canceled) {
            removePlaceholder(node);
            node->state = merge ? LoadState::Loaded : LoadState::NotLoaded;
            return;
        }
        removePlaceholder(node);
        node->state = LoadState::Failed;
        node->error = error.userMessage();
        auto row = std::make_unique<HierarchyNode>();
        row->kind = NodeKind::Placeholder;
        row->placeholderIsError = true;
        row->error = node->error;
        row->parent = node;
        const int at = int(node->children.size());
        beginInsertRows(indexOf(node), at, at);
        node->children.push_back(std::move(row));
        endInsertRows();
        const QModelIndex index = indexOf(node);
        emit dataChanged(index, index, {LoadStateRole, ErrorRole});
        qCInfo(lcModels) << "listing failed:" << error.details();
        emit loadFailed(index, node->error);
        return;
    }
    removePlaceholder(node);
    if (merge) {
        const QList<QJsonObject> items = std::exchange(node->mergeBuffer, {});
        mergeChildren(node, items);
    }
    node->state = LoadState::Loaded;
    const QModelIndex index = indexOf(node);
    emit dataChanged(index, index, {LoadStateRole});
}

void HierarchyModel::mergeChildren(HierarchyNode *parent, const QList<QJsonObject> &items)
{
    const NodeKind kind = childKindOf(parent->kind);
    QHash<qint64, QJsonObject> byId;
    byId.reserve(items.size());
    for (const QJsonObject &item : items)
        byId.insert(jsonId(item.value(u"id"_s)), item);

    // Remove vanished rows (and a stale placeholder), back to front.
    for (int row = int(parent->children.size()) - 1; row >= 0; --row) {
        HierarchyNode *child = parent->children[size_t(row)].get();
        if (child->kind != NodeKind::Placeholder && byId.contains(child->id))
            continue;
        cancelListings(child);
        beginRemoveRows(indexOf(parent), row, row);
        if (child->kind != NodeKind::Placeholder)
            forgetSubtree(child);
        parent->children.erase(parent->children.begin() + row);
        endRemoveRows();
    }
    // Update rows that stay.
    for (size_t row = 0; row < parent->children.size(); ++row) {
        HierarchyNode *child = parent->children[row].get();
        updateNode(child, byId.take(child->id));
    }
    // Add new rows.
    std::vector<std::unique_ptr<HierarchyNode>> added;
    for (const QJsonObject &item : items) {
        const qint64 id = jsonId(item.value(u"id"_s));
        if (byId.contains(id) && !findNode(kind, id))
            added.push_back(makeNode(kind, item));
    }
    appendChildren(parent, std::move(added));
}

void HierarchyModel::updateNode(HierarchyNode *node, const QJsonObject &entity)
{
    if (entity.isEmpty() || node->entity == entity)
        return;
    node->setEntity(entity);
    HierarchyNode *parent = node->parent;
    auto &children = parent->children;
    // Keep the sibling order: the new position is how many other siblings sort before the node.
    const int from = node->row();
    int to = 0;
    for (size_t i = 0; i < children.size(); ++i) {
        if (int(i) != from && !lessThan(*node, *children[i]))
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

void HierarchyModel::forgetSubtree(HierarchyNode *node)
{
    m_nodes.remove(nodeKey(node->kind, node->id));
    for (const auto &child : node->children)
        forgetSubtree(child.get());
}

void HierarchyModel::refresh(const QModelIndex &index)
{
    HierarchyNode *node = nodeFor(index);
    if (node->kind == NodeKind::Placeholder)
        node = node->parent;
    if (!node->canHaveChildren())
        return;
    if (node->state == LoadState::NotLoaded)
        return fetchMore(indexOf(node));
    startListing(node, /*merge=*/true);
}

void HierarchyModel::refreshAll()
{
    std::function<void(HierarchyNode *)> visit = [&](HierarchyNode *node) {
        if (node->canHaveChildren() && (node->state == LoadState::Loaded || node->state == LoadState::Failed))
            startListing(node, /*merge=*/node->state == LoadState::Loaded);
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
    if (node->state != LoadState::Failed)
        return;
    startListing(node, /*merge=*/false);
}

// --- load everything -----------------------------------------------------------------------

void HierarchyModel::loadEverything()
{
    if (m_everything.active)
        return;
    m_everything = Everything();
    m_everything.active = true;
    for (NodeKind kind : {NodeKind::Connector, NodeKind::Source, NodeKind::Dataset}) {
        ChildListing *listing = m_backend->listEverything(kind);
        m_everything.listings.append(listing);
        ++m_everything.pending;
        setLoadingDelta(+1);
        connect(listing, &ChildListing::pageReceived, this, [this, kind](const QJsonArray &items) {
            QList<QJsonObject> &bucket = kind == NodeKind::Connector ? m_everything.connectors
                                         : kind == NodeKind::Source  ? m_everything.sources
                                                                     : m_everything.datasets;
            for (const QJsonValue &item : items)
                bucket.append(item.toObject());
        });
        connect(listing, &ChildListing::finished, this,
                [this, kind](const ApiError &error) { onEverythingListed(kind, error); });
    }
}

void HierarchyModel::onEverythingListed(NodeKind, const ApiError &error)
{
    setLoadingDelta(-1);
    if (error.isError() && m_everything.error.isEmpty())
        m_everything.error = error.userMessage();
    if (--m_everything.pending > 0)
        return;
    m_everything.listings.clear();
    if (!m_everything.error.isEmpty())
        return finishEverything();
    distributeConnectors();
}

void HierarchyModel::distributeConnectors()
{
    HierarchyNode *portal = m_root->children.front().get();
    cancelListings(portal);
    portal->state = LoadState::Loaded;
    mergeChildren(portal, m_everything.connectors);

    for (const QJsonObject &source : std::as_const(m_everything.sources))
        m_everything.sourcesByConnector[jsonId(source.value(u"connectorId"_s))].append(source);
    for (const QJsonObject &dataset : std::as_const(m_everything.datasets))
        m_everything.datasetsBySource[jsonId(dataset.value(u"sourceId"_s))].append(dataset);
    for (const auto &connector : portal->children) {
        if (connector->kind != NodeKind::Connector)
            continue;
        // Filled in a later event-loop turn; until then the expander stays and nothing is fetched.
        connector->state = LoadState::Loading;
        m_everything.undistributed.append(connector->id);
    }
    QTimer::singleShot(0, this, &HierarchyModel::distributeNextConnector);
}

// One connector's sources and datasets per event-loop turn: the whole tree (10 000 rows and more)
// in one turn would stall the GUI.
void HierarchyModel::distributeNextConnector()
{
    if (m_everything.undistributed.isEmpty())
        return finishEverything();
    QElapsedTimer timer;
    timer.start();
    if (HierarchyNode *connector = findNode(NodeKind::Connector, m_everything.undistributed.takeFirst())) {
        connector->state = LoadState::Loaded;
        mergeChildren(connector, m_everything.sourcesByConnector.value(connector->id));
        for (const auto &source : connector->children) {
            if (source->kind != NodeKind::Source)
                continue;
            source->state = LoadState::Loaded;
            mergeChildren(source.get(), m_everything.datasetsBySource.value(source->id));
        }
        const QModelIndex index = indexOf(connector);
        emit dataChanged(index, index, {LoadStateRole});
        qCDebug(lcModels) << "connector" << connector->id << "distributed in" << timer.elapsed() << "ms";
    }
    QTimer::singleShot(0, this, &HierarchyModel::distributeNextConnector);
}

void HierarchyModel::finishEverything()
{
    const QString message = m_everything.error;
    m_everything = Everything();
    const QModelIndex portal = portalIndex();
    emit dataChanged(portal, portal, {LoadStateRole});
    emit everythingLoaded(message.isEmpty(), message);
}

// --- edits from elsewhere ------------------------------------------------------------------

void HierarchyModel::upsertConnector(const QJsonObject &connector)
{
    const qint64 id = jsonId(connector.value(u"id"_s));
    if (HierarchyNode *node = findNode(NodeKind::Connector, id)) {
        QJsonObject merged = node->entity;
        for (auto it = connector.begin(); it != connector.end(); ++it)
            merged.insert(it.key(), it.value());
        return updateNode(node, merged);
    }
    HierarchyNode *portal = m_root->children.front().get();
    if (portal->state == LoadState::Loaded)
        insertSorted(portal, makeNode(NodeKind::Connector, connector));
}

void HierarchyModel::upsertSource(const QJsonObject &source)
{
    const qint64 id = jsonId(source.value(u"id"_s));
    if (HierarchyNode *node = findNode(NodeKind::Source, id)) {
        QJsonObject merged = node->entity;
        for (auto it = source.begin(); it != source.end(); ++it)
            merged.insert(it.key(), it.value());
        return updateNode(node, merged);
    }
    HierarchyNode *connector = findNode(NodeKind::Connector, jsonId(source.value(u"connectorId"_s)));
    if (connector && connector->state == LoadState::Loaded)
        insertSorted(connector, makeNode(NodeKind::Source, source));
}

void HierarchyModel::upsertDataset(const QJsonObject &dataset)
{
    const qint64 id = jsonId(dataset.value(u"id"_s));
    if (HierarchyNode *node = findNode(NodeKind::Dataset, id)) {
        QJsonObject merged = node->entity;
        for (auto it = dataset.begin(); it != dataset.end(); ++it)
            merged.insert(it.key(), it.value());
        return updateNode(node, merged);
    }
    HierarchyNode *source = findNode(NodeKind::Source, jsonId(dataset.value(u"sourceId"_s)));
    if (source && source->state == LoadState::Loaded)
        insertSorted(source, makeNode(NodeKind::Dataset, dataset));
}

void HierarchyModel::removeNode(NodeKind kind, qint64 id)
{
    HierarchyNode *node = findNode(kind, id);
    if (!node)
        return;
    cancelListings(node);
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

void HierarchyModel::setCheckStatus(qint64 sourceId, const CheckStatus &status)
{
    HierarchyNode *node = findNode(NodeKind::Source, sourceId);
    if (!node)
        return;
    node->check = status;
    const QModelIndex index = indexOf(node);
    emit dataChanged(index, index, {Qt::DecorationRole, Qt::ToolTipRole, CheckStatusRole});
}
