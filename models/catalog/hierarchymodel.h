#pragma once

#include "api/transport/apierror.h"
#include "models/catalog/hierarchytypes.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

#include <memory>

class ChildListing;
class HierarchyBackend;
class LogoCache;
class QTimer;
struct HierarchyNode;

// The portal → connector → source → dataset tree. Children load lazily through
// canFetchMore()/fetchMore(); each node keeps its load state and error text. A "Loading…" row
// appears only when a listing takes longer than loadingRowDelay(); a failed listing shows an error
// row that retry() (or fetchMore() on it) re-runs. Edits made elsewhere are applied in place with
// upsert*/remove* so the view keeps its expansion state.
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
        EntityRole,                // QJsonObject as the portal sent it (list item)
        SearchTextRole,            // QString: title, name, id and description for filtering
        ParentIdRole,              // qint64: connector id of a source, source id of a dataset
        ActiveRole,                // bool (sources)
        ErrorRowRole,              // bool: a placeholder row that shows a failed listing
    };
    Q_ENUM(Role)

    explicit HierarchyModel(HierarchyBackend *backend, QObject *parent = nullptr);
    ~HierarchyModel() override;

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
    bool isLoadingEverything() const { return m_everything.active; }
    int loadingCount() const { return m_loadingCount; }

    // In-place edits from the connector/source/dataset editors.
    void upsertConnector(const QJsonObject &connector);
    void upsertSource(const QJsonObject &source);   // needs connectorId
    void upsertDataset(const QJsonObject &dataset); // needs sourceId
    void removeNode(NodeKind kind, qint64 id);
    void setCheckStatus(qint64 sourceId, const CheckStatus &status);

signals:
    void loadingChanged(int listingsInFlight);
    void loadFailed(const QModelIndex &node, const QString &message);
    void everythingLoaded(bool ok, const QString &message);

private:
    HierarchyNode *nodeFor(const QModelIndex &index) const;
    QModelIndex indexOf(const HierarchyNode *node) const;
    HierarchyNode *findNode(NodeKind kind, qint64 id) const;
    void startListing(HierarchyNode *node, bool merge);
    void onPage(HierarchyNode *node, const QJsonArray &items, bool merge);
    void onListingFinished(HierarchyNode *node, const ApiError &error, bool merge);
    void showLoadingRow(HierarchyNode *node);
    void removePlaceholder(HierarchyNode *node);
    void appendChildren(HierarchyNode *parent, std::vector<std::unique_ptr<HierarchyNode>> nodes);
    void mergeChildren(HierarchyNode *parent, const QList<QJsonObject> &items);
    void insertSorted(HierarchyNode *parent, std::unique_ptr<HierarchyNode> node);
    void updateNode(HierarchyNode *node, const QJsonObject &entity);
    void cancelListings(HierarchyNode *node);
    void forgetSubtree(HierarchyNode *node);
    void setLoadingDelta(int delta);
    std::unique_ptr<HierarchyNode> makeNode(NodeKind kind, const QJsonObject &entity) const;
    void onEverythingListed(NodeKind kind, const ApiError &error);
    void distributeConnectors();
    void distributeNextConnector();
    void finishEverything();

    HierarchyBackend *m_backend;
    std::unique_ptr<HierarchyNode> m_root;  // invisible root; its only child is the portal node
    QHash<quint64, HierarchyNode *> m_nodes; // (kind, id) → node, for in-place edits
    QPointer<LogoCache> m_logos;
    int m_loadingRowDelayMs = 400;
    int m_loadingCount = 0;

    struct Everything
    {
        bool active = false;
        int pending = 0;
        QString error;
        QList<QJsonObject> connectors, sources, datasets;
        QList<QPointer<ChildListing>> listings;
        // After the listings: connectors whose sources and datasets are not in the tree yet.
        QList<qint64> undistributed;
        QHash<qint64, QList<QJsonObject>> sourcesByConnector, datasetsBySource;
    } m_everything;
};
