#pragma once

#include "api/entities/entities.h"
#include "models/catalog/hierarchytypes.h"

#include <QHash>
#include <QList>
#include <QObject>

// The typed store of one signed-in portal: its connectors, sources and tables (datasets) and, once
// loaded, a table's columns, keyed by id. Everything that shows portal objects reads them here (the
// tree, the detail panes, the exporter) and follows the signals; everything that learns something
// about the portal puts it here: the list and get calls, and every write's outcome
// (models/operations). Nobody else keeps a copy that could go stale.
//
// Children of a parent (the portal's connectors, a connector's sources, a source's tables) carry a
// load state: NotLoaded until listed, Loading while a listing runs, Loaded, or Failed with a
// message.
class PortalCatalog : public QObject
{
    Q_OBJECT
public:
    explicit PortalCatalog(QObject *parent = nullptr);
    ~PortalCatalog() override;

    // --- reading (nullptr / empty when not known) ---
    const Connector *connector(qint64 id) const;
    const Source *source(qint64 id) const;
    // A table; its `fields` are the columns once hasColumns(id).
    const Dataset *dataset(qint64 id) const;
    bool hasColumns(qint64 datasetId) const;

    // Children in the order they were learned; the tree sorts.
    QList<qint64> connectorIds() const;
    QList<qint64> sourceIds(qint64 connectorId) const;
    QList<qint64> datasetIds(qint64 sourceId) const;
    // The parent of a source (connector id) or a table (source id); 0 when unknown.
    qint64 parentId(NodeKind kind, qint64 id) const;
    bool contains(NodeKind kind, qint64 id) const;

    LoadState childrenState(NodeKind parentKind, qint64 parentId = 0) const;
    QString childrenError(NodeKind parentKind, qint64 parentId = 0) const;

    // --- what the portal said (list and get replies, write outcomes) ---
    // Adds or changes one object (emits added or changed). A source needs its connectorId; a table
    // its sourceId when it is new (a dataset.get item has none: the known parent is kept).
    void putConnector(const Connector &connector);
    void putSource(const Source &source);
    void putDataset(const Dataset &dataset);
    // The columns of a table as the portal has them now.
    void putColumns(qint64 datasetId, const QList<DatasetField> &columns);
    // The complete list of a parent's children: objects missing from `children` are removed, the
    // rest put; the parent becomes Loaded.
    void replaceConnectors(const QList<Connector> &connectors);
    void replaceSources(qint64 connectorId, const QList<Source> &sources);
    void replaceDatasets(qint64 sourceId, const QList<Dataset> &datasets);
    // An object the portal no longer has, with everything below it (emits removed, children first).
    void remove(NodeKind kind, qint64 id);
    void setChildrenState(NodeKind parentKind, qint64 parentId, LoadState state, const QString &error = {});
    // Forgets everything (the portal's tree is reloaded from scratch).
    void clear();

signals:
    void added(NodeKind kind, qint64 id, qint64 parentId);
    void changed(NodeKind kind, qint64 id);
    void removed(NodeKind kind, qint64 id, qint64 parentId);
    void columnsChanged(qint64 datasetId);
    void childrenStateChanged(NodeKind parentKind, qint64 parentId);
    void cleared();
    // replace* brackets its changes with these two: the removed/changed/added signals in between
    // belong to one complete listing of the parent's children (a view may insert them as one block).
    void childrenAboutToBeReplaced(NodeKind parentKind, qint64 parentId);
    void childrenReplaced(NodeKind parentKind, qint64 parentId);

private:
    static quint64 key(NodeKind kind, qint64 id);
    void putChild(NodeKind kind, qint64 id, qint64 parentId);
    void detach(NodeKind kind, qint64 id, qint64 parentId);
    template <typename T, typename Put>
    void replaceChildren(NodeKind parentKind, qint64 parentId, const QList<T> &children, Put put);

    QHash<qint64, Connector> m_connectors;
    QHash<qint64, Source> m_sources;
    QHash<qint64, Dataset> m_datasets;
    QHash<qint64, bool> m_columnsLoaded;
    // (parent kind, parent id) → child ids in learning order; the portal's key is (Portal, 0).
    QHash<quint64, QList<qint64>> m_children;
    QHash<quint64, LoadState> m_states;
    QHash<quint64, QString> m_errors;
};
