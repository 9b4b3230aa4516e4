#pragma once

#include <QStyledItemDelegate>

#include "ui/widgets/uipalette.h"

class QAbstractItemView;

// Colours items by their state. Models say what a row is (failed, pending, matching…) through
// their own roles and never choose colours; a mapping function in ui/ turns that state into
// UiPalette roles, and this delegate turns those into colours from the view's palette at paint
// time, so they follow palette changes.
class StateColorDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Colors
    {
        UiPalette::Role text = UiPalette::Role::Normal;
        UiPalette::Role background = UiPalette::Role::Normal;
        bool swatch = false; // a square of the text colour as the item's decoration
    };
    using Mapping = Colors (*)(const QModelIndex &index);

    StateColorDelegate(Mapping mapping, QObject *parent);

    // Installs a StateColorDelegate with `mapping` as `view`'s item delegate.
    static StateColorDelegate *install(QAbstractItemView *view, Mapping mapping);
    // What the delegate does to `option`, for delegates of their own (per-column editors).
    static void apply(QStyleOptionViewItem *option, const Colors &colors);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Mapping m_mapping;
};

// The mappings of the models that have state to show (HierarchyModel through
// HierarchyFilterProxy, DatasetFieldsModel, DatasetFieldsDraftModel, JournalModel, ImportPlanModel).
namespace ItemStateColors {

StateColorDelegate::Colors hierarchy(const QModelIndex &index);
StateColorDelegate::Colors datasetFields(const QModelIndex &index);
StateColorDelegate::Colors datasetFieldsDraft(const QModelIndex &index);
StateColorDelegate::Colors journal(const QModelIndex &index);
StateColorDelegate::Colors importPlan(const QModelIndex &index);

} // namespace ItemStateColors
