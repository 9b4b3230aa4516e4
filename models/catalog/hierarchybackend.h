#pragma once

#include "api/transport/apierror.h"
#include "models/catalog/hierarchytypes.h"

#include <QJsonArray>
#include <QObject>

// A running listing of tree children. Streams pages as they land, then emits finished() exactly
// once (error.isError() == false on success) and deletes itself.
class ChildListing : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Idempotent; a canceled listing still emits finished() with a Canceled error.
    virtual void cancel() = 0;

signals:
    void pageReceived(const QJsonArray &items);
    void finished(const ApiError &error);
};

// Where the hierarchy model gets its rows. Listings started in the same event-loop turn are
// expected to be coalesced into batch requests by the implementation (api/ batching transport).
class HierarchyBackend
{
public:
    virtual ~HierarchyBackend();
    // Children of one node: Portal → connectors, Connector → its sources, Source → its datasets.
    virtual ChildListing *listChildren(NodeKind parentKind, qint64 parentId) = 0;
    // Every object of one kind (Connector, Source or Dataset), for "load everything".
    virtual ChildListing *listEverything(NodeKind kind) = 0;
};
