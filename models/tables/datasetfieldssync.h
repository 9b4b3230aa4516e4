#pragma once

#include "api/endpoints/endpointvalidation.h"
#include "api/entities/entities.h"
#include "api/entities/entityvalidation.h"

#include <QCoreApplication>
#include <QList>

// One difference between a dataset's columns and what its connector describes now.
struct FieldSyncItem
{
    enum class Kind {
        NewColumn,      // the connector has a column the dataset lacks → add it
        VanishedColumn, // the dataset has a column the connector no longer has → delete it
        TypeChanged,    // same external code, other type → types are immutable: delete + re-add
    };

    Kind kind = Kind::NewColumn;
    QString externalCode;
    QString externalName;   // from the connector (empty for vanished columns)
    QString newType;        // NewColumn, TypeChanged: the connector's (mapped) type
    DatasetField existing;  // VanishedColumn, TypeChanged: the dataset's column
    QString newName;        // NewColumn, TypeChanged: NAME of the column to add
    bool chosen = true;     // TypeChanged starts unchosen: it drops a column reports may use

    friend bool operator==(const FieldSyncItem &, const FieldSyncItem &) = default;
};

// "Sync with source": compares a dataset with its connector's urlTableDescription (matched by
// external code) and turns the items the user chose into dataset.fields.update calls.
class DatasetFieldsSync
{
    Q_DECLARE_TR_FUNCTIONS(DatasetFieldsSync)
public:
    // New columns first (in the connector's order), then vanished ones, then type changes. Names
    // for added columns come from FieldNameAssistant and clash with no current column.
    static QList<FieldSyncItem> compare(const QList<DatasetField> &fields, const QList<EndpointColumn> &columns);

    // The names the chosen items would add must be valid and clash with nothing the dataset has
    // (the server counts even columns deleted in the same call, §3.8) nor with each other.
    static ValidationResult check(const QList<FieldSyncItem> &items, const QList<DatasetField> &fields);

    // The dataset.fields.update calls for the chosen items, in order. Everything goes into the
    // first call, except re-adding a type-changed column: the server still counts the external
    // code of a column deleted in the same call, so that add needs a second call after the
    // delete. No chosen item: no call.
    static QList<DatasetFieldsChange> plan(const QList<FieldSyncItem> &items);

    // One translated line for the diff list, e.g. "New column discount (double) → add as DISCOUNT".
    static QString describe(const FieldSyncItem &item);
};
