#include "models/catalog/noderef.h"

#include "models/catalog/hierarchymodel.h"

NodeRef NodeRef::fromIndex(const QModelIndex &index)
{
    NodeRef ref;
    if (!index.isValid())
        return ref;
    ref.kind = index.data(HierarchyModel::KindRole).value<NodeKind>();
    ref.id = index.data(HierarchyModel::IdRole).toLongLong();
    for (QModelIndex at = index; at.isValid(); at = at.parent()) {
        const auto kind = at.data(HierarchyModel::KindRole).value<NodeKind>();
        if (kind == NodeKind::Connector)
            ref.connectorId = at.data(HierarchyModel::IdRole).toLongLong();
        else if (kind == NodeKind::Source)
            ref.sourceId = at.data(HierarchyModel::IdRole).toLongLong();
    }
    return ref;
}
