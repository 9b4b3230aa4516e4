#include "models/catalog/hierarchynode.h"

#include "models/catalog/portalcatalog.h"

int HierarchyNode::row() const
{
    if (!parent)
        return 0;
    const auto &siblings = parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == this)
            return int(i);
    }
    return -1;
}

void HierarchyNode::readSortKeys(const PortalCatalog &catalog)
{
    switch (kind) {
    case NodeKind::Connector:
        if (const Connector *connector = catalog.connector(id)) {
            title = connector->title;
            sort = connector->sort;
        }
        break;
    case NodeKind::Source:
        if (const Source *source = catalog.source(id))
            title = source->title;
        break;
    case NodeKind::Dataset:
        if (const Dataset *dataset = catalog.dataset(id))
            title = dataset->name;
        break;
    default:
        break;
    }
}

QString HierarchyNode::description(const PortalCatalog &catalog) const
{
    switch (kind) {
    case NodeKind::Connector:
        if (const Connector *connector = catalog.connector(id))
            return connector->description;
        return {};
    case NodeKind::Source:
        if (const Source *source = catalog.source(id))
            return source->description;
        return {};
    case NodeKind::Dataset:
        if (const Dataset *dataset = catalog.dataset(id))
            return dataset->description;
        return {};
    default:
        return {};
    }
}

bool HierarchyNode::isActive(const PortalCatalog &catalog) const
{
    const Source *source = kind == NodeKind::Source ? catalog.source(id) : nullptr;
    return !source || source->active;
}

QString HierarchyNode::logo(const PortalCatalog &catalog) const
{
    const Connector *connector = kind == NodeKind::Connector ? catalog.connector(id) : nullptr;
    return connector ? connector->logo : QString();
}

bool nodeLessThan(const HierarchyNode &a, const HierarchyNode &b)
{
    if (a.kind == NodeKind::Placeholder || b.kind == NodeKind::Placeholder)
        return b.kind == NodeKind::Placeholder && a.kind != NodeKind::Placeholder;
    if (a.kind == NodeKind::Connector) {
        if (a.sort != b.sort)
            return a.sort < b.sort;
    }
    const int byTitle = QString::compare(a.title, b.title, Qt::CaseInsensitive);
    if (byTitle != 0)
        return byTitle < 0;
    return a.id < b.id;
}
