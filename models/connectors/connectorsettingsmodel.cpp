#include "models/connectors/connectorsettingsmodel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// Which cell a server validation code belongs to.
ConnectorSettingsModel::Column columnOf(const ConnectorSetting &setting, const QString &code)
{
    if (code == u"VALIDATION_SETTINGS_NAME_TOO_LONG"_s)
        return ConnectorSettingsModel::NameColumn;
    if (code == u"VALIDATION_SETTINGS_CODE_TOO_LONG"_s)
        return ConnectorSettingsModel::CodeColumn;
    if (code == u"VALIDATION_SETTINGS_INVALID_TYPE"_s)
        return ConnectorSettingsModel::TypeColumn;
    // Missing required fields: point at the first empty one.
    if (setting.name.isEmpty())
        return ConnectorSettingsModel::NameColumn;
    if (setting.code.isEmpty())
        return ConnectorSettingsModel::CodeColumn;
    return ConnectorSettingsModel::TypeColumn;
}

} // namespace

ConnectorSettingsModel::ConnectorSettingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(this, &QAbstractItemModel::modelReset, this, &ConnectorSettingsModel::settingsChanged);
}

QStringList ConnectorSettingsModel::types()
{
    return {QString(ConnectorSetting::TypeString), QString(ConnectorSetting::TypeInt)};
}

void ConnectorSettingsModel::setSettings(const QList<ConnectorSetting> &settings)
{
    beginResetModel();
    m_settings = settings;
    endResetModel();
}

int ConnectorSettingsModel::addSetting(int row)
{
    if (row < 0 || row > m_settings.size())
        row = int(m_settings.size());
    insertRows(row, 1);
    return row;
}

bool ConnectorSettingsModel::moveSetting(int from, int to)
{
    if (from < 0 || from >= m_settings.size() || to < 0 || to >= m_settings.size() || from == to)
        return false;
    // moveRows' destination is the row the moved one is inserted before.
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

QStringList ConnectorSettingsModel::codes() const
{
    QStringList result;
    for (const auto &setting : m_settings)
        result.append(setting.code);
    return result;
}

ConnectorSettingsModel::Problem ConnectorSettingsModel::problemOf(int row) const
{
    Problem problem;
    if (row < 0 || row >= m_settings.size())
        return problem;
    const ConnectorSetting &setting = m_settings.at(row);
    problem.row = row;
    if (ValidationResult result = EntityValidation::connectorSetting(setting); !result.isValid()) {
        problem.column = columnOf(setting, result.code);
        problem.result = result;
        return problem;
    }
    // The server accepts duplicate codes, but a source keeps one value per code: the later
    // setting would silently share (or lose) the earlier one's value.
    for (int other = 0; other < row; ++other) {
        if (m_settings.at(other).code == setting.code) {
            problem.column = CodeColumn;
            problem.result = {u"DUPLICATE_SETTING_CODE"_s,
                              QCoreApplication::translate("ConnectorSettingsModel",
                                                          "The code \"%1\" is already used by setting %2.")
                                  .arg(setting.code)
                                  .arg(other + 1)};
            return problem;
        }
    }
    return problem;
}

ConnectorSettingsModel::Problem ConnectorSettingsModel::firstProblem() const
{
    for (int row = 0; row < m_settings.size(); ++row) {
        if (Problem problem = problemOf(row); !problem.isValid())
            return problem;
    }
    return {};
}

int ConnectorSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_settings.size());
}

int ConnectorSettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectorSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectorSetting &setting = m_settings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return setting.name;
        case CodeColumn:
            return setting.code;
        case TypeColumn:
            return setting.type;
        }
        break;
    case ProblemRole:
    case Qt::ToolTipRole: {
        const Problem problem = problemOf(index.row());
        if (!problem.isValid() && problem.column == index.column())
            return problem.result.message;
        return role == ProblemRole ? QVariant(QString()) : QVariant();
    }
    default:
        break;
    }
    return {};
}

bool ConnectorSettingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ConnectorSetting &setting = m_settings[index.row()];
    QString *target = nullptr;
    switch (index.column()) {
    case NameColumn:
        target = &setting.name;
        break;
    case CodeColumn:
        target = &setting.code;
        break;
    case TypeColumn:
        target = &setting.type;
        break;
    }
    if (!target || *target == value.toString())
        return false;
    *target = value.toString();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    problemsChanged();
    return true;
}

Qt::ItemFlags ConnectorSettingsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant ConnectorSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("ConnectorSettingsModel", "Name");
    case CodeColumn:
        return QCoreApplication::translate("ConnectorSettingsModel", "Code");
    case TypeColumn:
        return QCoreApplication::translate("ConnectorSettingsModel", "Type");
    }
    return {};
}

bool ConnectorSettingsModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_settings.size() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_settings.insert(row, ConnectorSetting{});
    endInsertRows();
    problemsChanged(); // after endInsertRows(): every view knows the new rows by now
    return true;
}

bool ConnectorSettingsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_settings.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_settings.remove(row, count);
    endRemoveRows();
    problemsChanged();
    return true;
}

bool ConnectorSettingsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                      const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > m_settings.size() || destinationChild < 0 || destinationChild > m_settings.size()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    const QList<ConnectorSetting> moved = m_settings.mid(sourceRow, count);
    m_settings.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_settings.insert(insertAt + i, moved.at(i));
    endMoveRows();
    problemsChanged();
    return true;
}

void ConnectorSettingsModel::problemsChanged()
{
    // A problem in one row (a duplicate code) can appear or vanish through an edit of another.
    if (!m_settings.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {ProblemRole, Qt::ToolTipRole});
    emit settingsChanged();
}
