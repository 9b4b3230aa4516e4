#pragma once

#include <QSortFilterProxyModel>

// Filters the hierarchy by a search text over title/name/id/description. Matching is recursive:
// ancestors of a match stay visible. Rows that match themselves are bold and
// answer MatchRole (ui/ tints them).
class HierarchyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Role { MatchRole = Qt::UserRole + 100 };

    explicit HierarchyFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    bool rowMatches(const QModelIndex &sourceIndex) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};
