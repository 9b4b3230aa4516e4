#include "models/catalog/portalcatalog.h"

#include <QSet>

PortalCatalog::PortalCatalog(QObject *parent)
    : QObject(parent)
{
}

PortalCatalog::~PortalCatalog() = default;

quint64 PortalCatalog::key(NodeKind kind, qint64 id)
{
    return nodeKey(kind, id);
}

const Connector *PortalCatalog::connector(qint64 id) const
{
    const auto it = m_connectors.constFind(id);
    return it == m_connectors.cend() ? nullptr : &it.value();
}

const Source *PortalCatalog::source(qint64 id) const
{
    const auto it = m_sources.constFind(id);
    return it == m_sources.cend() ? nullptr : &it.value();
}

const Dataset *PortalCatalog::dataset(qint64 id) const
{
    const auto it = m_datasets.constFind(id);
    return it == m_datasets.cend() ? nullptr : &it.value();
}

bool PortalCatalog::hasColumns(qint64 datasetId) const
{
    return m_columnsLoaded.value(datasetId, false);
}

QList<qint64> PortalCatalog::connectorIds() const
{
    return m_children.value(key(NodeKind::Portal, 0));
}

QList<qint64> PortalCatalog::sourceIds(qint64 connectorId) const
{
    return m_children.value(key(NodeKind::Connector, connectorId));
}

QList<qint64> PortalCatalog::datasetIds(qint64 sourceId) const
{
    return m_children.value(key(NodeKind::Source, sourceId));
}

qint64 PortalCatalog::parentId(NodeKind kind, qint64 id) const
{
    switch (kind) {
    case NodeKind::Source:
        if (const Source *s = source(id))
            return s->connectorId;
        return 0;
    case NodeKind::Dataset:
        if (const Dataset *d = dataset(id))
            return d->sourceId;
        return 0;
    default:
        return 0;
    }
}

bool PortalCatalog::contains(NodeKind kind, qint64 id) const
{
    switch (kind) {
    case NodeKind::Connector:
        return m_connectors.contains(id);
    case NodeKind::Source:
        return m_sources.contains(id);
    case NodeKind::Dataset:
        return m_datasets.contains(id);
    default:
        return false;
    }
}

LoadState PortalCatalog::childrenState(NodeKind parentKind, qint64 parentId) const
{
    return m_states.value(key(parentKind, parentId), LoadState::NotLoaded);
}

QString PortalCatalog::childrenError(NodeKind parentKind, qint64 parentId) const
{
    return m_errors.value(key(parentKind, parentId));
}

void PortalCatalog::putChild(NodeKind kind, qint64 id, qint64 parentId)
{
    m_children[key(parentKindOf(kind), parentId)].append(id);
}

void PortalCatalog::detach(NodeKind kind, qint64 id, qint64 parentId)
{
    const auto it = m_children.find(key(parentKindOf(kind), parentId));
    if (it != m_children.end())
        it->removeOne(id);
}

void PortalCatalog::putConnector(const Connector &connector)
{
    if (connector.id <= 0)
        return;
    auto it = m_connectors.find(connector.id);
    if (it != m_connectors.end()) {
        if (*it == connector)
            return;
        *it = connector;
        emit changed(NodeKind::Connector, connector.id);
        return;
    }
    m_connectors.insert(connector.id, connector);
    putChild(NodeKind::Connector, connector.id, 0);
    emit added(NodeKind::Connector, connector.id, 0);
}

void PortalCatalog::putSource(const Source &source)
{
    if (source.id <= 0)
        return;
    auto it = m_sources.find(source.id);
    if (it != m_sources.end()) {
        Source merged = source;
        if (merged.connectorId == 0)
            merged.connectorId = it->connectorId;
        if (merged.connectorId != it->connectorId) {  // cannot happen on a portal; treat as a move
            remove(NodeKind::Source, source.id);
            putSource(merged);
            return;
        }
        if (*it == merged)
            return;
        *it = merged;
        emit changed(NodeKind::Source, source.id);
        return;
    }
    if (source.connectorId <= 0)
        return;  // a source nobody can place
    m_sources.insert(source.id, source);
    putChild(NodeKind::Source, source.id, source.connectorId);
    emit added(NodeKind::Source, source.id, source.connectorId);
}

void PortalCatalog::putDataset(const Dataset &dataset)
{
    if (dataset.id <= 0)
        return;
    auto it = m_datasets.find(dataset.id);
    if (it != m_datasets.end()) {
        Dataset merged = dataset;
        if (merged.sourceId == 0)
            merged.sourceId = it->sourceId;
        // A list item carries no columns: keep the ones already known.
        const bool columnsInReply = !dataset.fields.isEmpty();
        if (!columnsInReply && hasColumns(dataset.id))
            merged.fields = it->fields;
        if (merged.sourceId != it->sourceId) {
            remove(NodeKind::Dataset, dataset.id);
            putDataset(merged);
            return;
        }
        const bool columnsChangedNow = merged.fields != it->fields;
        if (*it == merged)
            return;
        *it = merged;
        if (columnsInReply)
            m_columnsLoaded.insert(dataset.id, true);
        emit changed(NodeKind::Dataset, dataset.id);
        if (columnsChangedNow)
            emit columnsChanged(dataset.id);
        return;
    }
    if (dataset.sourceId <= 0)
        return;
    m_datasets.insert(dataset.id, dataset);
    if (!dataset.fields.isEmpty())
        m_columnsLoaded.insert(dataset.id, true);
    putChild(NodeKind::Dataset, dataset.id, dataset.sourceId);
    emit added(NodeKind::Dataset, dataset.id, dataset.sourceId);
}

void PortalCatalog::putColumns(qint64 datasetId, const QList<DatasetField> &columns)
{
    auto it = m_datasets.find(datasetId);
    if (it == m_datasets.end())
        return;
    const bool wasLoaded = hasColumns(datasetId);
    m_columnsLoaded.insert(datasetId, true);
    if (wasLoaded && it->fields == columns)
        return;
    it->fields = columns;
    emit columnsChanged(datasetId);
}

template <typename T, typename Put>
void PortalCatalog::replaceChildren(NodeKind parentKind, qint64 parentId, const QList<T> &children, Put put)
{
    emit childrenAboutToBeReplaced(parentKind, parentId);
    QSet<qint64> keep;
    for (const T &child : children)
        keep.insert(child.id);
    const NodeKind kind = childKindOf(parentKind);
    const QList<qint64> before = m_children.value(key(parentKind, parentId));
    for (qint64 id : before) {
        if (!keep.contains(id))
            remove(kind, id);
    }
    for (const T &child : children)
        put(child);
    emit childrenReplaced(parentKind, parentId);
    setChildrenState(parentKind, parentId, LoadState::Loaded);
}

void PortalCatalog::replaceConnectors(const QList<Connector> &connectors)
{
    replaceChildren(NodeKind::Portal, 0, connectors, [this](const Connector &c) { putConnector(c); });
}

void PortalCatalog::replaceSources(qint64 connectorId, const QList<Source> &sources)
{
    replaceChildren(NodeKind::Connector, connectorId, sources, [this, connectorId](Source s) {
        s.connectorId = connectorId;
        putSource(s);
    });
}

void PortalCatalog::replaceDatasets(qint64 sourceId, const QList<Dataset> &datasets)
{
    replaceChildren(NodeKind::Source, sourceId, datasets, [this, sourceId](Dataset d) {
        d.sourceId = sourceId;
        putDataset(d);
    });
}

void PortalCatalog::remove(NodeKind kind, qint64 id)
{
    if (!contains(kind, id))
        return;
    const NodeKind childKind = childKindOf(kind);
    if (childKind != NodeKind::Placeholder) {
        const QList<qint64> children = m_children.value(key(kind, id));
        for (qint64 child : children)
            remove(childKind, child);
        m_children.remove(key(kind, id));
        m_states.remove(key(kind, id));
        m_errors.remove(key(kind, id));
    }
    const qint64 parent = parentId(kind, id);
    detach(kind, id, parent);
    switch (kind) {
    case NodeKind::Connector:
        m_connectors.remove(id);
        break;
    case NodeKind::Source:
        m_sources.remove(id);
        break;
    case NodeKind::Dataset:
        m_datasets.remove(id);
        m_columnsLoaded.remove(id);
        break;
    default:
        break;
    }
    emit removed(kind, id, parent);
}

void PortalCatalog::setChildrenState(NodeKind parentKind, qint64 parentId, LoadState state, const QString &error)
{
    const quint64 k = key(parentKind, parentId);
    const QString newError = state == LoadState::Failed ? error : QString();
    if (m_states.value(k, LoadState::NotLoaded) == state && m_errors.value(k) == newError)
        return;
    m_states.insert(k, state);
    if (newError.isEmpty())
        m_errors.remove(k);
    else
        m_errors.insert(k, newError);
    emit childrenStateChanged(parentKind, parentId);
}

void PortalCatalog::clear()
{
    m_connectors.clear();
    m_sources.clear();
    m_datasets.clear();
    m_columnsLoaded.clear();
    m_children.clear();
    m_states.clear();
    m_errors.clear();
    emit cleared();
}
