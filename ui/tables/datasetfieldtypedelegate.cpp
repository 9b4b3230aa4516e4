#include "ui/tables/datasetfieldtypedelegate.h"

#include "api/entities/entityvalidation.h"
#include "ui/widgets/statecolordelegate.h"

#include <QComboBox>

QWidget *DatasetFieldTypeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("fieldTypeEditor"));
    combo->addItems(EntityValidation::fieldTypes());
    return combo;
}

void DatasetFieldTypeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QString type = index.data(Qt::EditRole).toString();
    if (combo->findText(type) < 0)
        combo->addItem(type);
    combo->setCurrentText(type);
}

void DatasetFieldTypeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
}

void DatasetFieldTypeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    StateColorDelegate::apply(option, ItemStateColors::datasetFieldsDraft(index));
}
