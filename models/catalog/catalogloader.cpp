#include "models/catalog/catalogloader.h"

#include "api/entities/entityjson.h"
#include "api/transport/apierror.h"
#include "api/transport/listcall.h"
#include "models/catalog/portalcatalog.h"
#include "models/modelslogging.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalBlocker>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// The tree sorts on its own; asking in that order keeps the first page the one shown first.
ListQuery childrenQuery(NodeKind parentKind, qint64 parentId)
{
    ListQuery query;
    switch (parentKind) {
    case NodeKind::Portal:
        query.order = {{u"sort"_s, u"ASC"_s}, {u"title"_s, u"ASC"_s}};
        break;
    case NodeKind::Connector:
        query.order = {{u"title"_s, u"ASC"_s}};
        query.filter = {{u"connectorId"_s, parentId}};
        break;
    default:
        query.order = {{u"name"_s, u"ASC"_s}};
        query.filter = {{u"sourceId"_s, parentId}};
        break;
    }
    return query;
}

ListQuery everythingQuery()
{
    ListQuery query;
    query.order = {{u"id"_s, u"ASC"_s}};
    return query;
}

template <typename T>
QList<T> decodeAll(const QList<QJsonObject> &items, T (*decode)(const QJsonObject &))
{
    QList<T> out;
    out.reserve(items.size());
    for (const QJsonObject &item : items)
        out.append(decode(item));
    return out;
}

ApiError notSignedIn()
{
    return ApiError(ApiError::Kind::Transport, u"NO_SESSION"_s, u"Not signed in"_s);
}

} // namespace

CatalogLoader::CatalogLoader(PortalCatalog *catalog, RestClient *client, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_api(client)
{
    connect(catalog, &PortalCatalog::cleared, this, [this] {
        dropListings();
        cancelEverything();
    });
    connect(catalog, &PortalCatalog::removed, this,
            [this](NodeKind kind, qint64 id, qint64) { cancelListing(kind, id, /*restore=*/false); });
}

CatalogLoader::~CatalogLoader()
{
    const QSignalBlocker quiet(this);
    dropListings();
    cancelEverything();
}

void CatalogLoader::dropListings()
{
    const QList<quint64> keys = m_listings.keys();
    for (quint64 key : keys) {
        const Listing listing = m_listings.take(key);
        if (listing.call) {
            listing.call->disconnect(this);
            listing.call->cancel();
        }
        setInFlightDelta(-1);
    }
}

void CatalogLoader::setInFlightDelta(int delta)
{
    m_inFlight += delta;
    emit listingsInFlightChanged(m_inFlight);
}

template <typename T, typename Replace>
void CatalogLoader::startListing(NodeKind parentKind, qint64 parentId, const TypedListCall<T> &call, Replace replace)
{
    const quint64 key = nodeKey(parentKind, parentId);
    LoadState before = m_catalog->childrenState(parentKind, parentId);
    if (m_listings.contains(key)) {
        before = m_listings.value(key).before;
        cancelListing(parentKind, parentId, /*restore=*/false);
    }
    m_listings.insert(key, Listing{call.handle(), before});
    setInFlightDelta(+1);
    m_catalog->setChildrenState(parentKind, parentId, LoadState::Loading);
    if (!call.handle()) {
        // No client: fail like a listing would, asynchronously and once.
        QTimer::singleShot(0, this, [this, parentKind, parentId, key] {
            if (m_listings.contains(key) && !m_listings.value(key).call)
                onListingFailed(parentKind, parentId, notSignedIn());
        });
        return;
    }
    call.onFinished(this, [this, parentKind, parentId, key, replace](const Outcome<QList<T>> &outcome) {
        if (!m_listings.contains(key) || !m_catalog)
            return;
        if (!outcome.ok())
            return onListingFailed(parentKind, parentId, outcome.error);
        m_listings.remove(key);
        setInFlightDelta(-1);
        replace(outcome.value);
    });
}

void CatalogLoader::listChildren(NodeKind parentKind, qint64 parentId)
{
    if (!m_catalog)
        return;
    switch (parentKind) {
    case NodeKind::Portal:
        return startListing(NodeKind::Portal, 0, m_api.listAllConnectors(childrenQuery(parentKind, 0)),
                            [this](const QList<Connector> &items) { m_catalog->replaceConnectors(items); });
    case NodeKind::Connector:
        return startListing(parentKind, parentId, m_api.listAllSources(childrenQuery(parentKind, parentId)),
                            [this, parentId](const QList<Source> &items) { m_catalog->replaceSources(parentId, items); });
    case NodeKind::Source:
        return startListing(parentKind, parentId, m_api.listAllDatasets(childrenQuery(parentKind, parentId)),
                            [this, parentId](const QList<Dataset> &items) { m_catalog->replaceDatasets(parentId, items); });
    default:
        return;
    }
}

void CatalogLoader::onListingFailed(NodeKind parentKind, qint64 parentId, const ApiError &error)
{
    const Listing listing = m_listings.take(nodeKey(parentKind, parentId));
    setInFlightDelta(-1);
    if (!m_catalog)
        return;
    if (error.kind() == ApiError::Kind::Canceled) {
        m_catalog->setChildrenState(parentKind, parentId,
                                    listing.before == LoadState::Loaded ? LoadState::Loaded : LoadState::NotLoaded);
        return;
    }
    qCInfo(lcModels) << "listing failed:" << error.details();
    m_catalog->setChildrenState(parentKind, parentId, LoadState::Failed, error.userMessage());
}

void CatalogLoader::cancelListing(NodeKind parentKind, qint64 parentId, bool restore)
{
    const auto it = m_listings.find(nodeKey(parentKind, parentId));
    if (it == m_listings.end())
        return;
    const Listing listing = *it;
    m_listings.erase(it);
    if (listing.call) {
        listing.call->disconnect(this);
        listing.call->cancel();
    }
    setInFlightDelta(-1);
    if (restore && m_catalog)
        m_catalog->setChildrenState(parentKind, parentId,
                                    listing.before == LoadState::Loaded ? LoadState::Loaded : LoadState::NotLoaded);
}

// --- everything ----------------------------------------------------------------------------

void CatalogLoader::loadEverything()
{
    if (m_everything.active || !m_catalog)
        return;
    m_everything = Everything();
    m_everything.active = true;
    // Started in one event-loop turn: the three lists share batch requests.
    ListOptions pagesOnly;
    pagesOnly.keepItems = false;
    listEverything(m_api.listAllConnectors(everythingQuery(), pagesOnly), &m_everything.connectors);
    listEverything(m_api.listAllSources(everythingQuery(), pagesOnly), &m_everything.sources);
    listEverything(m_api.listAllDatasets(everythingQuery(), pagesOnly), &m_everything.datasets);
}

// Keeps the list items as they come; they are decoded one connector per turn (decoding 10 000
// tables at once, dates and all, would stall the GUI).
template <typename T>
void CatalogLoader::listEverything(const TypedListCall<T> &call, QList<QJsonObject> *bucket)
{
    ++m_everything.pending;
    setInFlightDelta(+1);
    if (!call.handle()) {
        QTimer::singleShot(0, this, [this] { onEverythingListed(notSignedIn()); });
        return;
    }
    m_everything.calls.append(call.handle());
    call.handle()->onPage(this, [bucket](const QJsonArray &items, int) {
        for (const QJsonValue &item : items)
            bucket->append(item.toObject());
    });
    call.onFinished(this, [this](const Outcome<QList<T>> &outcome) { onEverythingListed(outcome.error); });
}

void CatalogLoader::onEverythingListed(const ApiError &error)
{
    if (!m_everything.active)
        return;
    setInFlightDelta(-1);
    if (error.isError() && m_everything.error.isEmpty())
        m_everything.error = error.userMessage();
    if (--m_everything.pending > 0)
        return;
    m_everything.calls.clear();
    if (!m_everything.error.isEmpty())
        return finishEverything();

    // Whatever single listings still run would only repeat what just arrived.
    dropListings();
    m_catalog->replaceConnectors(decodeAll(m_everything.connectors, &Connector::fromJson));
    for (const QJsonObject &source : std::as_const(m_everything.sources))
        m_everything.sourcesByConnector[EntityJson::toId(source.value(u"connectorId"_s))].append(source);
    for (const QJsonObject &dataset : std::as_const(m_everything.datasets))
        m_everything.datasetsBySource[EntityJson::toId(dataset.value(u"sourceId"_s))].append(dataset);
    m_everything.undistributed = m_catalog->connectorIds();
    // Filled in later event-loop turns; until then nothing is fetched for them.
    for (qint64 id : std::as_const(m_everything.undistributed))
        m_catalog->setChildrenState(NodeKind::Connector, id, LoadState::Loading);
    QTimer::singleShot(0, this, &CatalogLoader::distributeNextConnector);
}

// One connector's sources and tables per event-loop turn: the whole tree (10 000 rows and more)
// in one turn would stall the GUI.
void CatalogLoader::distributeNextConnector()
{
    if (!m_everything.active || !m_catalog)
        return;
    if (m_everything.undistributed.isEmpty())
        return finishEverything();
    QElapsedTimer timer;
    timer.start();
    const qint64 connectorId = m_everything.undistributed.takeFirst();
    if (m_catalog->connector(connectorId)) {
        const QList<Source> sources = decodeAll(m_everything.sourcesByConnector.take(connectorId), &Source::fromListItem);
        m_catalog->replaceSources(connectorId, sources);
        for (const Source &source : sources)
            m_catalog->replaceDatasets(source.id, decodeAll(m_everything.datasetsBySource.take(source.id), &Dataset::fromJson));
        qCDebug(lcModels) << "connector" << connectorId << "distributed in" << timer.elapsed() << "ms";
    }
    QTimer::singleShot(0, this, &CatalogLoader::distributeNextConnector);
}

void CatalogLoader::finishEverything()
{
    const QString message = m_everything.error;
    m_everything = Everything();
    emit everythingLoaded(message.isEmpty(), message);
}

void CatalogLoader::cancelEverything()
{
    if (!m_everything.active)
        return;
    for (const auto &call : std::as_const(m_everything.calls)) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    setInFlightDelta(-m_everything.pending);
    m_everything = Everything();
}
