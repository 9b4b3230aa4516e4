#include "models/catalog/hierarchyfilterproxy.h"

#include "models/catalog/hierarchymodel.h"

#include <QFont>

HierarchyFilterProxy::HierarchyFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void HierarchyFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool HierarchyFilterProxy::rowMatches(const QModelIndex &sourceIndex) const
{
    if (m_text.isEmpty())
        return false;
    return sourceIndex.data(HierarchyModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool HierarchyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(HierarchyModel::KindRole).value<NodeKind>() == NodeKind::Placeholder)
        return false;
    return rowMatches(index);
}

QVariant HierarchyFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == MatchRole || (role == Qt::FontRole && !m_text.isEmpty())) {
        const bool match = rowMatches(mapToSource(index));
        if (role == MatchRole)
            return match;
        if (!match)
            return QSortFilterProxyModel::data(index, role);
        QFont font;
        font.setBold(true);
        return font;
    }
    return QSortFilterProxyModel::data(index, role);
}
