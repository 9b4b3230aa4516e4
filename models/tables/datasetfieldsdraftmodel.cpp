#include "models/tables/datasetfieldsdraftmodel.h"

#include "models/tables/fieldnameassistant.h"

#include <QHash>
#include <QIcon>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

DatasetFieldsDraftModel::DatasetFieldsDraftModel(QObject *parent) : DatasetFieldsTableModel(parent) { }

void DatasetFieldsDraftModel::setColumns(const QList<EndpointColumn> &columns)
{
    QStringList codes;
    for (const EndpointColumn &column : columns)
        codes.append(column.code);
    const QStringList names = FieldNameAssistant::fieldNames(codes);
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        Row row;
        row.field.name = names.at(i);
        row.field.type = columns.at(i).type;
        row.field.externalCode = columns.at(i).code;
        row.field.visible = true;
        row.externalName = columns.at(i).name;
        m_rows.append(row);
    }
    recheck();
    endResetModel();
    emit draftChanged();
}

int DatasetFieldsDraftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DatasetFieldsDraftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatasetFieldsDraftModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    // The cell the problem is about: the type for an invalid type, the name otherwise.
    const int problemColumn = row.problem.code == u"VALIDATION_FIELD_INVALID_TYPE"_s ? TypeColumn : NameColumn;
    const bool problemCell = index.column() == problemColumn;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == ExternalNameColumn ? QVariant(row.externalName)
                                                    : sharedText(row.field, index.column());
    case Qt::CheckStateRole:
        if (index.column() == VisibleColumn)
            return row.field.visible ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (problemCell && !row.problem.isValid())
            return QIcon(u":/models/icons/error.svg"_s);
        return {};
    case Qt::ToolTipRole:
        if (problemCell && !row.problem.isValid())
            return tr("%1\nSuggested: %2").arg(row.problem.message, suggestionFor(index.row()));
        if (index.column() == VisibleColumn)
            return row.field.visible ? tr("Visible in BI Builder") : tr("Hidden from BI Builder");
        return {};
    case ProblemRole:
        return row.problem.message;
    case ProblemCellRole:
        return problemCell && !row.problem.isValid();
    case SuggestionRole:
        return suggestionFor(index.row());
    default:
        return {};
    }
}

bool DatasetFieldsDraftModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == VisibleColumn && role == Qt::CheckStateRole) {
        const bool visible = value.value<Qt::CheckState>() == Qt::Checked;
        if (row.field.visible == visible)
            return true;
        row.field.visible = visible;
        emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
        emit headerDataChanged(Qt::Horizontal, VisibleColumn, VisibleColumn);
        emit draftChanged();
        return true;
    }
    if (role != Qt::EditRole || (index.column() != NameColumn && index.column() != TypeColumn))
        return false;
    QString &target = index.column() == NameColumn ? row.field.name : row.field.type;
    const QString text = value.toString().trimmed();
    if (target == text)
        return true;
    target = text;
    recheck();
    // A name can clear or cause a duplicate elsewhere: repaint the name and type cells of all rows.
    emit dataChanged(this->index(0, NameColumn), this->index(rowCount() - 1, TypeColumn));
    emit draftChanged();
    return true;
}

Qt::ItemFlags DatasetFieldsDraftModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == VisibleColumn)
        flags |= Qt::ItemIsUserCheckable;
    else if (index.column() == NameColumn || index.column() == TypeColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant DatasetFieldsDraftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case VisibleColumn:
            return tr("Visible in BI Builder. Click to show or hide all columns.");
        case NameColumn:
            return tr("The column name in Bitrix24: A–Z, 0–9 and _, starting with a letter, at most %1 characters. "
                      "It cannot be changed later.")
                .arg(EntityValidation::MaxFieldNameLength);
        case TypeColumn:
            return tr("The column type. It cannot be changed later.");
        default:
            return {};
        }
    }
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == ExternalNameColumn)
        return tr("External name");
    return DatasetFieldsTableModel::headerData(section, orientation, role);
}

bool DatasetFieldsDraftModel::setAllVisible(bool visible)
{
    bool changed = false;
    for (Row &row : m_rows) {
        changed = changed || row.field.visible != visible;
        row.field.visible = visible;
    }
    if (!changed)
        return false;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, VisibleColumn, VisibleColumn);
    emit draftChanged();
    return true;
}

int DatasetFieldsDraftModel::visibleCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.field.visible; }));
}

QList<DatasetField> DatasetFieldsDraftModel::fields() const
{
    QList<DatasetField> fields;
    fields.reserve(m_rows.size());
    for (const Row &row : m_rows)
        fields.append(row.field);
    return fields;
}

QList<DatasetField> DatasetFieldsDraftModel::visibleFields() const
{
    QList<DatasetField> fields;
    for (const Row &row : m_rows) {
        if (row.field.visible)
            fields.append(row.field);
    }
    return fields;
}

void DatasetFieldsDraftModel::recheck()
{
    QHash<QString, int> nameCounts;
    for (const Row &row : m_rows)
        ++nameCounts[row.field.name];
    for (Row &row : m_rows) {
        row.problem = EntityValidation::fieldName(row.field.name);
        if (row.problem.isValid())
            row.problem = EntityValidation::fieldType(row.field.type);
        if (row.problem.isValid() && nameCounts.value(row.field.name) > 1)
            row.problem = {u"DUPLICATE_FIELDS"_s,
                           tr("Another column is also named \"%1\": names must be unique within the dataset.")
                               .arg(row.field.name)};
    }
}

ValidationResult DatasetFieldsDraftModel::problemAt(int row) const
{
    return m_rows.at(row).problem;
}

int DatasetFieldsDraftModel::problemCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return !row.problem.isValid(); }));
}

ValidationResult DatasetFieldsDraftModel::firstProblem() const
{
    for (const Row &row : m_rows) {
        if (!row.problem.isValid())
            return row.problem;
    }
    return EntityValidation::datasetFields(fields());
}

QString DatasetFieldsDraftModel::suggestionFor(int row) const
{
    const Row &target = m_rows.at(row);
    if (target.problem.isValid())
        return target.field.name;
    if (!EntityValidation::fieldType(target.field.type).isValid())
        return target.field.name;
    QSet<QString> taken;
    for (int other = 0; other < m_rows.size(); ++other) {
        if (other != row)
            taken.insert(m_rows.at(other).field.name);
    }
    const QString from = target.field.name.isEmpty() ? target.field.externalCode : target.field.name;
    return FieldNameAssistant::fieldName(from, taken);
}

QString DatasetFieldsDraftModel::suggestionAt(int row) const
{
    return suggestionFor(row);
}

int DatasetFieldsDraftModel::fixNames()
{
    // Keep every valid name and the first of each duplicate group; rename the rest in order.
    QSet<QString> taken;
    QList<int> toFix;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &name = m_rows.at(row).field.name;
        if (EntityValidation::fieldName(name).isValid() && !taken.contains(name))
            taken.insert(name);
        else
            toFix.append(row);
    }
    for (const int row : toFix) {
        Row &r = m_rows[row];
        r.field.name = FieldNameAssistant::fieldName(r.field.name.isEmpty() ? r.field.externalCode : r.field.name,
                                                     taken);
        taken.insert(r.field.name);
    }
    if (toFix.isEmpty())
        return 0;
    recheck();
    emit dataChanged(index(0, NameColumn), index(rowCount() - 1, TypeColumn));
    emit draftChanged();
    return int(toFix.size());
}
