#include "models/tables/datasetfieldstablemodel.h"

QVariant DatasetFieldsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::CheckStateRole && section == VisibleColumn)
        return visibilityState();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VisibleColumn:
        return tr("Visible");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ExternalCodeColumn:
        return tr("External code");
    default:
        return {};
    }
}

bool DatasetFieldsTableModel::setHeaderData(int section, Qt::Orientation orientation, const QVariant &value, int role)
{
    if (orientation != Qt::Horizontal || section != VisibleColumn || role != Qt::CheckStateRole)
        return false;
    return setAllVisible(value.value<Qt::CheckState>() == Qt::Checked);
}

QVariant DatasetFieldsTableModel::sharedText(const DatasetField &field, int column)
{
    switch (column) {
    case NameColumn:
        return field.name;
    case TypeColumn:
        return field.type;
    case ExternalCodeColumn:
        return field.externalCode;
    default:
        return {};
    }
}

Qt::CheckState DatasetFieldsTableModel::visibilityState() const
{
    const int counted = countedRows();
    const int visible = visibleCount();
    if (counted > 0 && visible == counted)
        return Qt::Checked;
    return visible == 0 ? Qt::Unchecked : Qt::PartiallyChecked;
}
