#pragma once

#include "models/catalog/hierarchytypes.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>

class CatalogLoader;
class LogoCache;
class PortalCatalog;
struct HierarchyNode;

// The portal → connector → source → dataset tree: a view over one portal's PortalCatalog. Nodes
// hold only kind and id (plus cached sort keys); data() reads the typed entities from the catalog,
// and rows come and go as the catalog says (added/changed/removed), whoever changed it, so the
// view keeps its expansion state. Children load lazily: fetchMore() only asks the CatalogLoader.
// A "Loading…" row appears only when a listing takes longer than loadingRowDelay(); a failed
// listing shows an error row that retry() (or fetchMore() on it) re-runs.
class HierarchyModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        KindRole,                  // NodeKind
        LoadStateRole,             // LoadState of the node's children
        ErrorRole,                 // QString: why loading the children failed
        CheckStatusRole,           // CheckStatus (sources)
        LogoRole,                  // QIcon (connectors)
        SearchTextRole,            // QString: title, name, id and description for filtering
        ParentIdRole,              // qint64: connector id of a source, source id of a dataset
        ActiveRole,                // bool (sources)
        ErrorRowRole,              // bool: a placeholder row that shows a failed listing
    };
    Q_ENUM(Role)

    // Neither is owned; both must outlive the model. `loader` fills `catalog`.
    HierarchyModel(PortalCatalog *catalog, CatalogLoader *loader, QObject *parent = nullptr);
    ~HierarchyModel() override;

    PortalCatalog *catalog() const;
    CatalogLoader *loader() const;
    void setPortalTitle(const QString &title);
    void setLogoCache(LogoCache *cache);
    void setLoadingRowDelay(int ms);
    int loadingRowDelay() const { return m_loadingRowDelayMs; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex portalIndex() const;
    QModelIndex indexFor(NodeKind kind, qint64 id) const;
    NodeKind kindOf(const QModelIndex &index) const;
    qint64 idOf(const QModelIndex &index) const;
    bool isPlaceholder(const QModelIndex &index) const;

    // Re-lists the children of `index` (keeps rows that still exist, so expansion survives).
    void refresh(const QModelIndex &index);
    // Re-lists everything that was loaded.
    void refreshAll();
    // Runs a failed listing again; `index` is the failed node or its error row.
    void retry(const QModelIndex &index);
    // Lists every connector, source and dataset (few batched requests) and fills the whole tree,
    // one connector per event-loop turn; everythingLoaded() when all is in.
    void loadEverything();
    bool isLoadingEverything() const;
    // Listings running now.
    int loadingCount() const;

    // The badge of a source's last connection check (not part of the portal's data).
    void setCheckStatus(qint64 sourceId, const CheckStatus &status);

signals:
    void loadingChanged(int listingsInFlight);
    void loadFailed(const QModelIndex &node, const QString &message);
    void everythingLoaded(bool ok, const QString &message);

private:
    HierarchyNode *nodeFor(const QModelIndex &index) const;
    QModelIndex indexOf(const HierarchyNode *node) const;
    HierarchyNode *findNode(NodeKind kind, qint64 id) const;
    LoadState stateOf(const HierarchyNode &node) const;
    QVariant placeholderData(const HierarchyNode &node, int role) const;
    std::unique_ptr<HierarchyNode> makeNode(NodeKind kind, qint64 id) const;
    void buildChildren(HierarchyNode *parent);
    void appendChildren(HierarchyNode *parent, std::vector<std::unique_ptr<HierarchyNode>> nodes);
    void insertSorted(HierarchyNode *parent, std::unique_ptr<HierarchyNode> node);
    void addPlaceholder(HierarchyNode *parent, const QString &error);
    void removePlaceholder(HierarchyNode *node);
    void forgetSubtree(HierarchyNode *node);

    // Following the catalog.
    void onAdded(NodeKind kind, qint64 id, qint64 parentId);
    void onChanged(NodeKind kind, qint64 id);
    void onRemoved(NodeKind kind, qint64 id);
    void onChildrenStateChanged(NodeKind parentKind, qint64 parentId);
    void onCleared();
    void flushBatch();

    QPointer<PortalCatalog> m_catalog;
    QPointer<CatalogLoader> m_loader;
    std::unique_ptr<HierarchyNode> m_root;  // invisible root; its only child is the portal node
    QHash<quint64, HierarchyNode *> m_nodes; // nodeKey(kind, id) → node
    QPointer<LogoCache> m_logos;
    int m_loadingRowDelayMs = 400;
    // A replace* of the catalog in progress: its new children are inserted as one block.
    struct Batch
    {
        bool active = false;
        NodeKind parentKind = NodeKind::Portal;
        qint64 parentId = 0;
        QList<qint64> added;
    } m_batch;
};
