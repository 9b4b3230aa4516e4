#pragma once

#include "api/entities/entities.h"
#include "models/catalog/hierarchytypes.h"

#include <QJsonObject>

class PortalCatalog;

// The catalog's typed entities as the list items the portal sends (what Connector::fromJson,
// Source::fromListItem and Dataset::fromJson read back), for the detail panes that still take JSON.
// A source's setting values are left out: they are secrets and only source.get carries them.
namespace CatalogJson {

QJsonObject listItem(const Connector &connector);
QJsonObject listItem(const Source &source);
QJsonObject listItem(const Dataset &dataset);
// The entity of `kind` with `id` in `catalog`; empty when the catalog does not know it.
QJsonObject listItem(const PortalCatalog &catalog, NodeKind kind, qint64 id);

} // namespace CatalogJson
