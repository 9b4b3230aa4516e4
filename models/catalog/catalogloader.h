#pragma once

#include "api/entities/biconnectorapi.h"
#include "models/catalog/hierarchytypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class ApiError;
class ListCall;
class PortalCatalog;
class RestClient;

// Fills a PortalCatalog from the portal through the typed biconnector list calls. Listings started
// in one event-loop turn share batch requests (RestClient), so expanding many nodes at once, or
// loading everything, costs few HTTP requests.
//
// A listing sets the parent's load state in the catalog: Loading while it runs, then Loaded (the
// catalog's replace*, which also drops children the portal no longer has) or Failed with a
// translated message. Clearing the catalog, or removing a parent from it, cancels its listings.
class CatalogLoader : public QObject
{
    Q_OBJECT
public:
    CatalogLoader(PortalCatalog *catalog, RestClient *client, QObject *parent = nullptr);
    ~CatalogLoader() override;

    PortalCatalog *catalog() const { return m_catalog; }

    // Lists the children of a parent: the portal's connectors (Portal, 0), a connector's sources or
    // a source's tables. A listing already running for that parent starts over.
    void listChildren(NodeKind parentKind, qint64 parentId = 0);
    // Lists every connector, source and table (a few batched requests) and puts them into the
    // catalog one connector per event-loop turn, so the GUI never stalls; everythingLoaded() at the end.
    void loadEverything();
    bool isLoadingEverything() const { return m_everything.active; }
    // Listings running now (each "load everything" list counts as one).
    int listingsInFlight() const { return m_inFlight; }

signals:
    void listingsInFlightChanged(int listings);
    void everythingLoaded(bool ok, const QString &message);

private:
    struct Listing
    {
        QPointer<ListCall> call;
        LoadState before = LoadState::NotLoaded;  // restored when the listing is canceled
    };
    template <typename T, typename Replace>
    void startListing(NodeKind parentKind, qint64 parentId, const TypedListCall<T> &call, Replace replace);
    void onListingFailed(NodeKind parentKind, qint64 parentId, const ApiError &error);
    // Ends the parent's listing without touching its state (restore: back to its state before).
    void cancelListing(NodeKind parentKind, qint64 parentId, bool restore);
    void cancelEverything();
    // Cancels every single listing; states stay as they are.
    void dropListings();
    void setInFlightDelta(int delta);
    template <typename T>
    void listEverything(const TypedListCall<T> &call, QList<QJsonObject> *bucket);
    void onEverythingListed(const ApiError &error);
    void distributeNextConnector();
    void finishEverything();

    QPointer<PortalCatalog> m_catalog;
    BiconnectorApi m_api;
    QHash<quint64, Listing> m_listings;  // nodeKey(parent kind, parent id) → its running listing
    int m_inFlight = 0;

    struct Everything
    {
        bool active = false;
        int pending = 0;
        QString error;
        // The list items as they came, decoded when they are put into the catalog.
        QList<QJsonObject> connectors, sources, datasets;
        QList<QPointer<ListCall>> calls;
        // After the listings: connectors whose sources and tables are not in the catalog yet.
        QList<qint64> undistributed;
        QHash<qint64, QList<QJsonObject>> sourcesByConnector, datasetsBySource;
    } m_everything;
};
