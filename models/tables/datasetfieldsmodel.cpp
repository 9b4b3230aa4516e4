#include "models/tables/datasetfieldsmodel.h"

#include <QFont>
#include <QRegularExpression>
#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

// ---- Undo commands: each one replays a single edit on the model's rows. The stack's order
// guarantees that undo() meets the rows exactly as redo() left them.

class DatasetFieldsModel::VisibilityCommand : public QUndoCommand
{
public:
    VisibilityCommand(DatasetFieldsModel *model, const QString &text, QList<qint64> keys, QList<bool> before,
                      QList<bool> after)
        : QUndoCommand(text), m_model(model), m_keys(std::move(keys)), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }
    void redo() override { m_model->applyVisibility(m_keys, m_after); }
    void undo() override { m_model->applyVisibility(m_keys, m_before); }

private:
    DatasetFieldsModel *m_model;
    QList<qint64> m_keys;
    QList<bool> m_before;
    QList<bool> m_after;
};

class DatasetFieldsModel::AddCommand : public QUndoCommand
{
public:
    AddCommand(DatasetFieldsModel *model, const Row &row, int position)
        : QUndoCommand(DatasetFieldsModel::tr("Add field %1").arg(row.field.name)), m_model(model), m_row(row),
          m_position(position)
    {
    }
    void redo() override { m_model->insertRow(m_position, m_row); }
    void undo() override { m_model->removeRowOfKey(m_row.key); }

private:
    DatasetFieldsModel *m_model;
    Row m_row;
    int m_position;
};

class DatasetFieldsModel::DeleteCommand : public QUndoCommand
{
public:
    // `existing`: keys of server columns to mark; `dropped`: added rows with their positions,
    // ascending.
    DeleteCommand(DatasetFieldsModel *model, const QString &text, QList<qint64> existing,
                  QList<std::pair<int, Row>> dropped)
        : QUndoCommand(text), m_model(model), m_existing(std::move(existing)), m_dropped(std::move(dropped))
    {
    }
    void redo() override
    {
        for (auto it = m_dropped.crbegin(); it != m_dropped.crend(); ++it)
            m_model->removeRowOfKey(it->second.key);
        m_model->setDeleted(m_existing, true);
    }
    void undo() override
    {
        for (const auto &[position, row] : m_dropped)
            m_model->insertRow(position, row);
        m_model->setDeleted(m_existing, false);
    }

private:
    DatasetFieldsModel *m_model;
    QList<qint64> m_existing;
    QList<std::pair<int, Row>> m_dropped;
};

// ---- The model

DatasetFieldsModel::DatasetFieldsModel(QObject *parent)
    : DatasetFieldsTableModel(parent), m_undo(new QUndoStack(this))
{
}

DatasetFieldsModel::~DatasetFieldsModel() = default;

void DatasetFieldsModel::setFields(const QList<DatasetField> &fields)
{
    m_undo->clear();
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(fields.size());
    for (const DatasetField &field : fields)
        m_rows.append(Row{field, field.visible, false, false, field.id});
    m_nextAddedKey = -1;
    endResetModel();
    stateChanged();
}

QList<DatasetField> DatasetFieldsModel::originalFields() const
{
    QList<DatasetField> fields;
    for (const Row &row : m_rows) {
        if (row.added)
            continue;
        DatasetField field = row.field;
        field.visible = row.originalVisible;
        fields.append(field);
    }
    return fields;
}

int DatasetFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DatasetFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

DatasetFieldsModel::Change DatasetFieldsModel::changeAt(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.added)
        return Change::Added;
    if (r.deleted)
        return Change::Deleted;
    if (r.field.visible != r.originalVisible)
        return r.field.visible ? Change::Shown : Change::Hidden;
    return Change::None;
}

bool DatasetFieldsModel::isVisibleAt(int row) const
{
    return m_rows.at(row).field.visible;
}

DatasetField DatasetFieldsModel::fieldAt(int row) const
{
    return m_rows.at(row).field;
}

QVariant DatasetFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Change change = changeAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == IdColumn)
            return row.added ? tr("new") : QString::number(row.field.id);
        return sharedText(row.field, index.column());
    case Qt::CheckStateRole:
        if (index.column() == VisibleColumn)
            return row.field.visible ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        switch (change) {
        case Change::Shown:
            return tr("Pending: will be shown in BI Builder");
        case Change::Hidden:
            return tr("Pending: will be hidden from BI Builder");
        case Change::Added:
            return tr("Pending: will be added (new fields are always visible)");
        case Change::Deleted:
            return tr("Pending: will be deleted");
        case Change::None:
            break;
        }
        return index.column() == VisibleColumn
            ? (row.field.visible ? tr("Visible in BI Builder") : tr("Hidden from BI Builder"))
            : QVariant();
    case Qt::FontRole:
        if (change != Change::None) {
            QFont font;
            font.setBold(true);
            font.setStrikeOut(change == Change::Deleted);
            return font;
        }
        return {};
    case ChangeRole:
        return QVariant::fromValue(change);
    case PendingRole:
        return change != Change::None;
    case FieldIdRole:
        return row.added ? qint64(0) : row.field.id;
    default:
        return {};
    }
}

bool DatasetFieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)
        || index.column() != VisibleColumn || role != Qt::CheckStateRole)
        return false;
    return setVisible({index.row()}, value.value<Qt::CheckState>() == Qt::Checked);
}

Qt::ItemFlags DatasetFieldsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Row &row = m_rows.at(index.row());
    if (index.column() == VisibleColumn && !row.added && !row.deleted)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant DatasetFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == VisibleColumn)
        return tr("Visible in BI Builder. Click to show or hide all fields.");
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == IdColumn)
        return tr("ID");
    return DatasetFieldsTableModel::headerData(section, orientation, role);
}

QList<int> DatasetFieldsModel::editableRows(const QList<int> &rows) const
{
    QList<int> result;
    for (const int row : rows) {
        if (row >= 0 && row < m_rows.size() && !m_rows.at(row).added && !m_rows.at(row).deleted)
            result.append(row);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

bool DatasetFieldsModel::pushVisibility(const QList<int> &rows, const QList<bool> &visible, const QString &text)
{
    QList<qint64> keys;
    QList<bool> before;
    QList<bool> after;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = m_rows.at(rows.at(i));
        if (row.field.visible == visible.at(i))
            continue;
        keys.append(row.key);
        before.append(row.field.visible);
        after.append(visible.at(i));
    }
    if (keys.isEmpty())
        return false;
    m_undo->push(new VisibilityCommand(this, text, std::move(keys), std::move(before), std::move(after)));
    return true;
}

bool DatasetFieldsModel::setVisible(const QList<int> &rows, bool visible)
{
    const QList<int> editable = editableRows(rows);
    const QString text = visible ? tr("Show %n field(s)", nullptr, int(editable.size()))
                                 : tr("Hide %n field(s)", nullptr, int(editable.size()));
    return pushVisibility(editable, QList<bool>(editable.size(), visible), text);
}

bool DatasetFieldsModel::toggleVisible(const QList<int> &rows)
{
    const QList<int> editable = editableRows(rows);
    const bool allVisible = std::all_of(editable.cbegin(), editable.cend(),
                                        [this](int row) { return m_rows.at(row).field.visible; });
    return setVisible(editable, !allVisible);
}

bool DatasetFieldsModel::setAllVisible(bool visible)
{
    QList<int> all(m_rows.size());
    std::iota(all.begin(), all.end(), 0);
    const QList<int> editable = editableRows(all);
    return pushVisibility(editable, QList<bool>(editable.size(), visible),
                          visible ? tr("Show all fields") : tr("Hide all fields"));
}

bool DatasetFieldsModel::invertVisible(const QList<int> &rows)
{
    QList<int> target = rows;
    if (target.isEmpty()) {
        target.resize(m_rows.size());
        std::iota(target.begin(), target.end(), 0);
    }
    const QList<int> editable = editableRows(target);
    QList<bool> flipped;
    flipped.reserve(editable.size());
    for (const int row : editable)
        flipped.append(!m_rows.at(row).field.visible);
    return pushVisibility(editable, flipped, tr("Invert visibility"));
}

QList<int> DatasetFieldsModel::rowsMatching(const Match &match) const
{
    const QRegularExpression anchored(
        QRegularExpression::wildcardToRegularExpression(match.pattern.isEmpty() ? u"*"_s : match.pattern),
        QRegularExpression::CaseInsensitiveOption);
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        const DatasetField &field = m_rows.at(row).field;
        if (!match.type.isEmpty() && field.type != match.type)
            continue;
        if (anchored.match(field.name).hasMatch() || anchored.match(field.externalCode).hasMatch())
            rows.append(row);
    }
    return rows;
}

int DatasetFieldsModel::setVisibleMatching(const Match &match, bool visible)
{
    const QList<int> rows = editableRows(rowsMatching(match));
    const QString what = match.pattern.isEmpty() ? match.type
                         : match.type.isEmpty()  ? match.pattern
                                                 : tr("%1 of type %2").arg(match.pattern, match.type);
    pushVisibility(rows, QList<bool>(rows.size(), visible),
                   visible ? tr("Show fields matching %1").arg(what) : tr("Hide fields matching %1").arg(what));
    return int(rows.size());
}

ValidationResult DatasetFieldsModel::checkNewField(const DatasetField &field) const
{
    if (field.name.isEmpty() || field.type.isEmpty() || field.externalCode.isEmpty())
        return {u"VALIDATION_FIELD_ADD_MISSING_REQUIRED_FIELDS"_s,
                tr("A new field needs a name, a type and an external code.")};
    if (ValidationResult result = EntityValidation::fieldName(field.name); !result.isValid())
        return result;
    if (ValidationResult result = EntityValidation::fieldType(field.type); !result.isValid())
        return result;
    for (const Row &row : m_rows) {
        if (row.field.externalCode == field.externalCode)
            return {u"VALIDATION_DUPLICATE_EXIST_CODE"_s,
                    row.deleted ? tr("The external code \"%1\" belongs to a field that is being deleted. Apply the "
                                     "deletion first, then add it again.")
                                      .arg(field.externalCode)
                                : tr("The dataset already has a field with the external code \"%1\".")
                                      .arg(field.externalCode)};
        if (row.field.name == field.name)
            return {u"VALIDATION_DUPLICATE_EXIST_NAME"_s,
                    row.deleted ? tr("The name \"%1\" belongs to a field that is being deleted. The portal does not "
                                     "allow re-using it in the same change: apply the deletion first.")
                                      .arg(field.name)
                                : tr("The dataset already has a field named \"%1\".").arg(field.name)};
    }
    return {};
}

ValidationResult DatasetFieldsModel::addField(const DatasetField &field)
{
    const ValidationResult result = checkNewField(field);
    if (!result.isValid())
        return result;
    Row row{field, true, true, false, m_nextAddedKey--};
    row.field.id = 0;
    row.field.visible = true;
    m_undo->push(new AddCommand(this, row, int(m_rows.size())));
    return {};
}

bool DatasetFieldsModel::deleteFields(const QList<int> &rows)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QList<qint64> existing;
    QList<std::pair<int, Row>> dropped;
    for (const int row : sorted) {
        if (row < 0 || row >= m_rows.size())
            continue;
        const Row &r = m_rows.at(row);
        if (r.added)
            dropped.append({row, r});
        else if (!r.deleted)
            existing.append(r.key);
    }
    const int count = int(existing.size() + dropped.size());
    if (count == 0)
        return false;
    m_undo->push(new DeleteCommand(this, tr("Delete %n field(s)", nullptr, count), std::move(existing),
                                   std::move(dropped)));
    return true;
}

void DatasetFieldsModel::revert()
{
    m_undo->clear();
    QList<DatasetField> original = originalFields();
    // Keep the rows' identity for views: only reset when rows must go.
    if (std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.added; })) {
        setFields(original);
        return;
    }
    QList<int> changed;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        if (r.deleted || r.field.visible != r.originalVisible) {
            r.deleted = false;
            r.field.visible = r.originalVisible;
            changed.append(row);
        }
    }
    rowsChanged(changed);
}

int DatasetFieldsModel::rowOfKey(qint64 key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

void DatasetFieldsModel::applyVisibility(const QList<qint64> &keys, const QList<bool> &visible)
{
    QHash<qint64, int> rowOf;
    rowOf.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        rowOf.insert(m_rows.at(row).key, row);
    QList<int> changed;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const int row = rowOf.value(keys.at(i), -1);
        if (row < 0)
            continue;
        m_rows[row].field.visible = visible.at(i);
        changed.append(row);
    }
    rowsChanged(changed);
}

void DatasetFieldsModel::insertRow(int position, const Row &row)
{
    beginInsertRows({}, position, position);
    m_rows.insert(position, row);
    endInsertRows();
    stateChanged();
}

void DatasetFieldsModel::removeRowOfKey(qint64 key)
{
    const int row = rowOfKey(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    stateChanged();
}

void DatasetFieldsModel::setDeleted(const QList<qint64> &keys, bool deleted)
{
    QList<int> changed;
    for (const qint64 key : keys) {
        const int row = rowOfKey(key);
        if (row < 0)
            continue;
        m_rows[row].deleted = deleted;
        changed.append(row);
    }
    rowsChanged(changed);
}

// One dataChanged over the span of the touched rows (cheap for views even with hundreds of rows).
void DatasetFieldsModel::rowsChanged(const QList<int> &rows)
{
    if (!rows.isEmpty()) {
        const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
        emit dataChanged(index(*first, 0), index(*last, ColumnCount - 1));
    }
    stateChanged();
}

void DatasetFieldsModel::stateChanged()
{
    emit headerDataChanged(Qt::Horizontal, VisibleColumn, VisibleColumn);
    const int count = pendingChangeCount();
    if (count != m_lastPendingCount) {
        m_lastPendingCount = count;
        emit pendingChangesChanged(count);
    }
}

int DatasetFieldsModel::pendingChangeCount() const
{
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        count += changeAt(row) == Change::None ? 0 : 1;
    return count;
}

int DatasetFieldsModel::visibleCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &row) { return !row.deleted && row.field.visible; }));
}

int DatasetFieldsModel::countedRows() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return !row.deleted; }));
}

DatasetFieldsChange DatasetFieldsModel::pendingChange() const
{
    DatasetFieldsChange change;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        switch (changeAt(row)) {
        case Change::Added:
            change.add.append(r.field);
            break;
        case Change::Deleted:
            change.remove.append(r.field.id);
            break;
        case Change::Shown:
        case Change::Hidden:
            change.update.append({r.field.id, r.field.visible});
            break;
        case Change::None:
            break;
        }
    }
    return change;
}

QList<DatasetField> DatasetFieldsModel::fieldsAfterChange() const
{
    QList<DatasetField> fields;
    for (const Row &row : m_rows) {
        if (!row.deleted)
            fields.append(row.field);
    }
    return fields;
}
