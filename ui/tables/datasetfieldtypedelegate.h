#pragma once

#include <QStyledItemDelegate>

// Edits a column type with a drop-down of the types the portal accepts.
class DatasetFieldTypeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    // Colours the cell like the rest of the draft's row (StateColorDelegate).
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
