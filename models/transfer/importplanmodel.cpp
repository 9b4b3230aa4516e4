#include "models/transfer/importplanmodel.h"

#include <QIcon>
#include <QStringList>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

using Action = ImportPlanItem::Action;
using Kind = ImportPlanItem::Kind;

namespace {

QIcon kindIcon(Kind kind)
{
    switch (kind) {
    case Kind::Connector:
        return QIcon(u":/models/icons/connector.svg"_s);
    case Kind::Source:
        return QIcon(u":/models/icons/source.svg"_s);
    case Kind::Dataset:
        return QIcon(u":/models/icons/dataset.svg"_s);
    }
    return {};
}

} // namespace

ImportPlanModel::ImportPlanModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ImportPlanModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_parents.clear();
    m_rows.clear();
    indexParents(m_plan.items, nullptr);
    endResetModel();
}

void ImportPlanModel::indexParents(const QList<ImportPlanItem> &items, const ImportPlanItem *parent)
{
    for (qsizetype row = 0; row < items.size(); ++row) {
        const ImportPlanItem *item = &items.at(row);
        m_parents.insert(item, parent);
        m_rows.insert(item, int(row));
        indexParents(item->children, item);
    }
}

const QList<ImportPlanItem> &ImportPlanModel::childrenOf(const ImportPlanItem *item) const
{
    return item ? item->children : m_plan.items;
}

const ImportPlanItem *ImportPlanModel::itemAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const ImportPlanItem *>(index.internalPointer()) : nullptr;
}

QModelIndex ImportPlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<ImportPlanItem> &children = childrenOf(itemAt(parent));
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, const_cast<ImportPlanItem *>(&children.at(row)));
}

QModelIndex ImportPlanModel::parent(const QModelIndex &child) const
{
    const ImportPlanItem *parent = m_parents.value(itemAt(child));
    if (!parent)
        return {};
    return createIndex(m_rows.value(parent), 0, const_cast<ImportPlanItem *>(parent));
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(itemAt(parent)).size());
}

int ImportPlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ImportPlanModel::details(const ImportPlanItem &item)
{
    if (item.action == Action::Conflict)
        return item.reason;
    if (item.action == Action::Create) {
        switch (item.kind) {
        case Kind::Connector:
            return tr("endpoints on %1").arg(QUrl(item.connector.urlCheck).host());
        case Kind::Source: {
            QStringList codes;
            for (const SourceSetting &setting : item.source.settings)
                codes.append(setting.code);
            QString text = codes.isEmpty() ? QString() : tr("settings: %1").arg(codes.join(u", "_s));
            if (!item.source.active) {   // source.add always stores an active source (§3.2)
                text += (text.isEmpty() ? QString() : u"; "_s)
                    + tr("inactive in the file, but the portal creates every source active");
            }
            return text;
        }
        case Kind::Dataset: {
            const auto hidden = std::count_if(item.dataset.fields.cbegin(), item.dataset.fields.cend(),
                                              [](const DatasetField &f) { return !f.visible; });
            const QString columns = tr("%n column(s)", nullptr, int(item.dataset.fields.size()));
            return hidden > 0 ? tr("%1, %n hidden", nullptr, int(hidden)).arg(columns) : columns;
        }
        }
    }
    QStringList parts;
    for (const ImportPlanItem::Change &change : item.changes)
        parts.append(tr("%1: %2 → %3").arg(change.property, change.oldValue, change.newValue));
    return parts.join(u"; "_s);
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    const ImportPlanItem *item = itemAt(index);
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return item->name;
        if (index.column() == ActionColumn)
            return ImportPlanItem::actionText(item->action);
        return details(*item);
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? ImportPlanItem::kindText(item->kind) : details(*item);
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return kindIcon(item->kind);
        return {};
    case ActionRole:
        return int(item->action);
    case KindRole:
        return int(item->kind);
    case KeyRole:
        return item->key;
    default:
        return {};
    }
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Object");
    case ActionColumn:
        return tr("Action");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}
