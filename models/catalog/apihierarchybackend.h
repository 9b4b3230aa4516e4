#pragma once

#include "models/catalog/hierarchybackend.h"

#include <QPointer>

class RestClient;

// HierarchyBackend over the biconnector list methods. Listings started in one event-loop turn
// share batch requests (RestClient coalesces them); long lists are paged speculatively.
class ApiHierarchyBackend : public HierarchyBackend
{
public:
    explicit ApiHierarchyBackend(RestClient *client);

    ChildListing *listChildren(NodeKind parentKind, qint64 parentId) override;
    ChildListing *listEverything(NodeKind kind) override;

    static QString listMethod(NodeKind childKind);

private:
    QPointer<RestClient> m_client;
};
