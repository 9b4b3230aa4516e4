#pragma once

#include "api/entities/entities.h"

#include <QAbstractTableModel>

// What the dataset column tables share (DatasetFieldsModel for an existing dataset,
// DatasetFieldsDraftModel for one being created): the first four columns — visible, NAME, type,
// external code — and the visible column's tri-state header. The header answers
// headerData(VisibleColumn, Qt::Horizontal, Qt::CheckStateRole) with visibilityState(), and
// setHeaderData(VisibleColumn, Qt::Horizontal, Qt::Checked/Unchecked, Qt::CheckStateRole) shows or
// hides every column (FieldsCheckHeader in ui/ paints and clicks it).
class DatasetFieldsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum SharedColumn { VisibleColumn, NameColumn, TypeColumn, ExternalCodeColumn, FirstOwnColumn };
    Q_ENUM(SharedColumn)

    using QAbstractTableModel::QAbstractTableModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setHeaderData(int section, Qt::Orientation orientation, const QVariant &value, int role = Qt::EditRole) override;

    // Shows or hides every column that can be; false when nothing changed.
    virtual bool setAllVisible(bool visible) = 0;
    // Visible columns among those the header counts (deleted columns do not count).
    virtual int visibleCount() const = 0;
    // All (unchecked), some (partially checked) or every counted column (checked) visible.
    Qt::CheckState visibilityState() const;

protected:
    // How many columns the header counts.
    virtual int countedRows() const = 0;
    // The text of `field` in a shared column (NAME, type, external code); invalid elsewhere.
    static QVariant sharedText(const DatasetField &field, int column);
};
