#pragma once

#include "sandbox/sampleconnector/connectorcatalog.h"

#include <QJsonValue>

#include <functional>
#include <optional>

// Turns urlData's `filter` — the portal's CSQLWhere-style array — into a SQL condition:
//   {"=stage": "WON", ">=closed_at": "2024-03-01", "%title": "Acme", "><amount": ["100", "500"],
//    "0": {"LOGIC": "OR", "=currency": "EUR", "<amount": "1000"}}
// A key is an operator prefix (=, !=, >, >=, <, <=, %, !%, ><, !><; none or "!" mean = / !=) and a
// column NAME that `resolve` maps to a column. Numeric keys hold nested groups; "LOGIC" (AND when
// absent, or OR) joins the entries of its group. A list value means IN / NOT IN for = / !=, any-of for
// %; >< takes [from, to]. Date values may be ISO, dd.MM.yyyy or MM/dd/yyyy, with or without a time.
namespace ConnectorFilter {

using ColumnResolver = std::function<std::optional<ConnectorColumn>(const QString &name)>;

// Returns false and sets *error (a message for the caller) for an unknown column, operator or value.
bool build(const QJsonValue &filter, const ColumnResolver &resolve, SqlCondition *condition, QString *error);

} // namespace ConnectorFilter
