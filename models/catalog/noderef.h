#pragma once

#include "models/catalog/hierarchytypes.h"

class QModelIndex;

// What a row of the portal tree stands for, read once from the model: its kind and id and the ids
// of the connector and source above it. Feature controllers ask this instead of reading roles.
struct NodeRef
{
    NodeKind kind = NodeKind::Placeholder;
    qint64 id = 0;
    qint64 connectorId = 0; // the connector itself, or the one above a source or dataset
    qint64 sourceId = 0;    // the source itself, or the one above a dataset

    // An index of HierarchyModel (or of a proxy over it); an invalid index or a placeholder row
    // gives an invalid NodeRef.
    static NodeRef fromIndex(const QModelIndex &index);

    bool isValid() const { return kind != NodeKind::Placeholder; }
    bool is(NodeKind other) const { return kind == other; }
    friend bool operator==(const NodeRef &, const NodeRef &) = default;
};
