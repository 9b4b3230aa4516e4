#pragma once

#include <QHeaderView>

// A horizontal header whose first section carries a tri-state checkbox: it paints the model's
// headerData(0, Qt::Horizontal, Qt::CheckStateRole) and, when clicked, asks the model to show or
// hide everything with setHeaderData(0, Qt::Horizontal, Qt::Checked/Unchecked, Qt::CheckStateRole).
// DatasetFieldsModel and DatasetFieldsDraftModel speak this protocol.
class FieldsCheckHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit FieldsCheckHeader(QWidget *parent = nullptr);

    // The state shown (from the model); toggles like a checkbox (partial → checked).
    Qt::CheckState checkState() const;
    void toggle();
    // The width the checkbox section needs.
    int checkSectionWidth() const { return sectionSizeFromContents(0).width(); }

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QRect checkBoxRect(const QRect &section) const;
};
