#pragma once

#include "sandbox/sampleconnector/connectorreply.h"

#include <QJsonObject>

class ConnectorCatalog;
struct ConnectorTable;

// urlData: `select[]` (column NAMEs), `mapFields[externalCode]=NAME`, `filter` and `limit` (default
// 100, at most 1000) over one table. Names are translated to external codes through mapFields, else
// compared case-insensitively with the codes. The answer is a JSON array of arrays: the external codes
// of the returned columns first, then one row per record (only the header when nothing matches).
namespace ConnectorDataQuery {

constexpr int DefaultLimit = 100;
constexpr int MaxLimit = 1000;

ConnectorReply answer(const ConnectorCatalog &catalog, const ConnectorTable &table, const QJsonObject &params);

} // namespace ConnectorDataQuery
