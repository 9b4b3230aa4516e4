#pragma once

#include "models/catalog/hierarchytypes.h"

#include <QString>

#include <memory>
#include <vector>

class PortalCatalog;

// One row of the HierarchyModel: what it shows (kind and id; the entity itself stays in the
// PortalCatalog), the sort keys cached from the entity, and what only the tree knows (check badge,
// placeholder rows).
struct HierarchyNode
{
    NodeKind kind = NodeKind::Placeholder;
    qint64 id = 0;
    // Sort keys, cached from the catalog's entity (readSortKeys): sorting 10 000 rows would
    // otherwise look the entity up in every comparison. `title` is a dataset's name, else the title.
    QString title;
    int sort = 100;  // connectors' "sort"
    HierarchyNode *parent = nullptr;
    std::vector<std::unique_ptr<HierarchyNode>> children;

    CheckStatus check;                // sources
    bool placeholderIsError = false;  // placeholders: an error row, else "Loading…"
    QString error;                    // error rows: why the parent's listing failed
    int loadingTicket = 0;            // parents: the Loading spell a delayed "Loading…" row belongs to

    int row() const;
    bool hasPlaceholder() const { return !children.empty() && children.back()->kind == NodeKind::Placeholder; }
    bool canHaveChildren() const
    {
        return kind == NodeKind::Portal || kind == NodeKind::Connector || kind == NodeKind::Source;
    }

    // Read from the node's entity in `catalog` (empty / defaults when it is not there).
    void readSortKeys(const PortalCatalog &catalog);
    QString description(const PortalCatalog &catalog) const;
    bool isActive(const PortalCatalog &catalog) const;  // false only for an inactive source
    QString logo(const PortalCatalog &catalog) const;   // connectors
};

// Connectors by sort then title; sources by title; datasets by name (case-insensitive, then id);
// placeholder rows last.
bool nodeLessThan(const HierarchyNode &a, const HierarchyNode &b);
inline bool nodePtrLessThan(const std::unique_ptr<HierarchyNode> &a, const std::unique_ptr<HierarchyNode> &b)
{
    return nodeLessThan(*a, *b);
}
