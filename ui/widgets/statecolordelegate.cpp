#include "ui/widgets/statecolordelegate.h"

#include <QAbstractItemView>
#include <QPixmap>

#include "models/catalog/hierarchyfilterproxy.h"
#include "models/catalog/hierarchymodel.h"
#include "models/journal/journalmodel.h"
#include "models/tables/datasetfieldsdraftmodel.h"
#include "models/tables/datasetfieldsmodel.h"
#include "models/transfer/importplanmodel.h"

using Role = UiPalette::Role;
using Colors = StateColorDelegate::Colors;

StateColorDelegate::StateColorDelegate(Mapping mapping, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_mapping(mapping)
{ }

StateColorDelegate *StateColorDelegate::install(QAbstractItemView *view, Mapping mapping)
{
    auto *delegate = new StateColorDelegate(mapping, view);
    view->setItemDelegate(delegate);
    return delegate;
}

void StateColorDelegate::apply(QStyleOptionViewItem *option, const Colors &colors)
{
    const QPalette palette = option->palette;
    const bool tinted = colors.background != Role::Normal;
    if (tinted)
        option->backgroundBrush = UiPalette::tint(colors.background, palette);
    if (colors.text == Role::Normal && !tinted)
        return;
    const QColor text = tinted ? UiPalette::textOn(colors.text, option->backgroundBrush.color(), palette)
                               : UiPalette::text(colors.text, palette);
    option->palette.setColor(QPalette::Text, text);
    if (colors.swatch) {
        const QSize size = option->decorationSize.isValid() ? option->decorationSize : QSize(16, 16);
        QPixmap square(size);
        square.fill(text);
        option->icon = QIcon(square);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

void StateColorDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_mapping)
        apply(option, m_mapping(index));
}

namespace ItemStateColors {

Colors hierarchy(const QModelIndex &index)
{
    Colors colors;
    const auto kind = index.data(HierarchyModel::KindRole).value<NodeKind>();
    if (kind == NodeKind::Placeholder)
        colors.text = index.data(HierarchyModel::ErrorRowRole).toBool() ? Role::Error : Role::Muted;
    else if (kind == NodeKind::Source && !index.data(HierarchyModel::ActiveRole).toBool())
        colors.text = Role::Muted;
    if (index.data(HierarchyFilterProxy::MatchRole).toBool())
        colors.background = Role::SearchMatch;
    return colors;
}

namespace {

bool visibleRow(const QModelIndex &index)
{
    return index.siblingAtColumn(DatasetFieldsTableModel::VisibleColumn)
               .data(Qt::CheckStateRole)
               .value<Qt::CheckState>()
        != Qt::Unchecked;
}

} // namespace

Colors datasetFields(const QModelIndex &index)
{
    using Change = DatasetFieldsModel::Change;
    const auto change = index.data(DatasetFieldsModel::ChangeRole).value<Change>();
    Colors colors;
    if (change == Change::Hidden || (change == Change::None && !visibleRow(index)))
        colors.text = Role::Muted;
    switch (change) {
    case Change::Shown:
    case Change::Hidden:
        colors.background = Role::Changed;
        break;
    case Change::Added:
        colors.background = Role::Added;
        break;
    case Change::Deleted:
        colors.background = Role::Removed;
        break;
    case Change::None:
        break;
    }
    return colors;
}

Colors datasetFieldsDraft(const QModelIndex &index)
{
    Colors colors;
    if (index.data(DatasetFieldsDraftModel::ProblemCellRole).toBool())
        colors.text = Role::Error;
    else if (!visibleRow(index))
        colors.text = Role::Muted;
    return colors;
}

Colors journal(const QModelIndex &index)
{
    Colors colors;
    if (index.data(JournalModel::FailedRole).toBool())
        colors.text = Role::Error;
    return colors;
}

Colors importPlan(const QModelIndex &index)
{
    Colors colors;
    if (index.column() != ImportPlanModel::ActionColumn)
        return colors;
    colors.swatch = true;
    switch (ImportPlanItem::Action(index.data(ImportPlanModel::ActionRole).toInt())) {
    case ImportPlanItem::Action::Create:
        colors.text = Role::Success;
        break;
    case ImportPlanItem::Action::Update:
        colors.text = Role::Info;
        break;
    case ImportPlanItem::Action::Unchanged:
        colors.text = Role::Muted;
        break;
    case ImportPlanItem::Action::Conflict:
        colors.text = Role::Error;
        break;
    }
    return colors;
}

} // namespace ItemStateColors
