#pragma once

#include "models/transfer/importplan.h"

#include <QAbstractItemModel>
#include <QHash>

// An ImportPlan as a read-only tree for the import wizard: connectors → sources → datasets, with
// the columns Object, Action and Details (the changes old → new, or the conflict's reason).
// ActionRole tells ui/ how to colour the action (with a swatch) so creates, updates and conflicts
// stand out.
class ImportPlanModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ActionColumn, DetailsColumn, ColumnCount };
    enum Role {
        ActionRole = Qt::UserRole + 1, // int(ImportPlanItem::Action)
        KindRole,                      // int(ImportPlanItem::Kind)
        KeyRole,                       // QString: the item's plan key
    };
    Q_ENUM(Role)

    explicit ImportPlanModel(QObject *parent = nullptr);

    void setPlan(const ImportPlan &plan);
    const ImportPlan &plan() const { return m_plan; }
    const ImportPlanItem *itemAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString details(const ImportPlanItem &item);

private:
    const QList<ImportPlanItem> &childrenOf(const ImportPlanItem *item) const;
    void indexParents(const QList<ImportPlanItem> &items, const ImportPlanItem *parent);

    ImportPlan m_plan;
    QHash<const ImportPlanItem *, const ImportPlanItem *> m_parents;
    QHash<const ImportPlanItem *, int> m_rows;
};
