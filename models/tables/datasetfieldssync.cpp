#include "models/tables/datasetfieldssync.h"

#include "models/tables/fieldnameassistant.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

QList<FieldSyncItem> DatasetFieldsSync::compare(const QList<DatasetField> &fields, const QList<EndpointColumn> &columns)
{
    QHash<QString, DatasetField> byCode;
    QSet<QString> taken;
    for (const DatasetField &field : fields) {
        byCode.insert(field.externalCode, field);
        taken.insert(field.name);
    }
    QSet<QString> described;
    QList<FieldSyncItem> added;
    QList<FieldSyncItem> changed;
    for (const EndpointColumn &column : columns) {
        described.insert(column.code);
        const auto it = byCode.constFind(column.code);
        if (it != byCode.constEnd() && it->type == column.type)
            continue;
        FieldSyncItem item;
        item.externalCode = column.code;
        item.externalName = column.name;
        item.newType = column.type;
        if (it == byCode.constEnd()) {
            item.kind = FieldSyncItem::Kind::NewColumn;
            item.newName = FieldNameAssistant::fieldName(column.code, taken);
            added.append(item);
        } else {
            item.kind = FieldSyncItem::Kind::TypeChanged;
            item.existing = *it;
            item.newName = FieldNameAssistant::fieldName(it->name + u'_' + column.type, taken);
            item.chosen = false;
            changed.append(item);
        }
        taken.insert(item.newName);
    }
    QList<FieldSyncItem> items = added;
    for (const DatasetField &field : fields) {
        if (described.contains(field.externalCode))
            continue;
        FieldSyncItem item;
        item.kind = FieldSyncItem::Kind::VanishedColumn;
        item.externalCode = field.externalCode;
        item.existing = field;
        items.append(item);
    }
    items.append(changed);
    return items;
}

ValidationResult DatasetFieldsSync::check(const QList<FieldSyncItem> &items, const QList<DatasetField> &fields)
{
    QSet<QString> taken;
    for (const DatasetField &field : fields)
        taken.insert(field.name);
    for (const FieldSyncItem &item : items) {
        if (!item.chosen || item.kind == FieldSyncItem::Kind::VanishedColumn)
            continue;
        if (ValidationResult result = EntityValidation::fieldName(item.newName); !result.isValid())
            return result;
        if (taken.contains(item.newName))
            return {u"VALIDATION_DUPLICATE_EXIST_NAME"_s,
                    tr("The name \"%1\" is already used in this dataset (deleted columns still count until the "
                       "change is applied).")
                        .arg(item.newName)};
        taken.insert(item.newName);
    }
    return {};
}

QList<DatasetFieldsChange> DatasetFieldsSync::plan(const QList<FieldSyncItem> &items)
{
    DatasetFieldsChange first;
    DatasetFieldsChange second;
    for (const FieldSyncItem &item : items) {
        if (!item.chosen)
            continue;
        DatasetField column;
        column.name = item.newName;
        column.type = item.newType;
        column.externalCode = item.externalCode;
        switch (item.kind) {
        case FieldSyncItem::Kind::NewColumn:
            first.add.append(column);
            break;
        case FieldSyncItem::Kind::VanishedColumn:
            first.remove.append(item.existing.id);
            break;
        case FieldSyncItem::Kind::TypeChanged:
            first.remove.append(item.existing.id);
            second.add.append(column);
            break;
        }
    }
    QList<DatasetFieldsChange> calls;
    if (!first.isEmpty())
        calls.append(first);
    if (!second.isEmpty())
        calls.append(second);
    return calls;
}

QString DatasetFieldsSync::describe(const FieldSyncItem &item)
{
    switch (item.kind) {
    case FieldSyncItem::Kind::NewColumn:
        return tr("New column %1 (%2) → add as %3").arg(item.externalCode, item.newType, item.newName);
    case FieldSyncItem::Kind::VanishedColumn:
        return tr("Column %1 no longer exists → delete %2").arg(item.externalCode, item.existing.name);
    case FieldSyncItem::Kind::TypeChanged:
        return tr("Column %1 changed type %2 → %3. Types cannot change: delete %4 and re-add as %5")
            .arg(item.externalCode, item.existing.type, item.newType, item.existing.name, item.newName);
    }
    return {};
}
