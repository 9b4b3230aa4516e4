#pragma once

#include "sandbox/sampleconnector/connectorschema.h"

#include <QVariantList>

// The deterministic demo tables the sample connector serves: sales, deals, contacts, products.
// Every call returns the same schema and the same rows, so tests can rely on exact values.
namespace ConnectorDemoData {

QList<ConnectorTable> tables();

// Number of demo rows of table `tableCode` (0 for an unknown table).
int rowCount(const QString &tableCode);

// Row `index` (0-based) of `tableCode`, one value per column in schema order. A null QVariant is a
// SQL NULL. Dates are "yyyy-MM-dd", datetimes "yyyy-MM-dd HH:mm:ss".
QVariantList row(const QString &tableCode, int index);

} // namespace ConnectorDemoData
