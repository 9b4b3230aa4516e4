#include "ui/datasetdetailpane.h"

#include "api/entities.h"
#include "ui/detailwidgets.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace DetailWidgets;

DatasetDetailPane::DatasetDetailPane(QWidget *parent)
    : EntityDetailPane(u"biconnector.dataset.get"_s, parent)
{
    setObjectName(u"datasetDetailPane"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *general = new QGroupBox(tr("Dataset"), content);
    auto *form = new QFormLayout(general);
    m_name = addValueRow(form, tr("Name:"), u"datasetName"_s);
    m_id = addValueRow(form, tr("ID:"), u"datasetId"_s);
    m_description = addValueRow(form, tr("Description:"), u"datasetDescription"_s);
    m_external = addValueRow(form, tr("External table:"), u"datasetExternal"_s);
    m_created = addValueRow(form, tr("Created:"), u"datasetCreated"_s);
    m_updated = addValueRow(form, tr("Updated:"), u"datasetUpdated"_s);
    layout->addWidget(general);

    auto *fields = new QGroupBox(tr("Fields"), content);
    auto *fieldsLayout = new QVBoxLayout(fields);
    m_fieldCount = new QLabel(fields);
    m_fieldCount->setObjectName(u"datasetFieldCount"_s);
    m_fields = makeReadOnlyTable({tr("Visible"), tr("Name"), tr("Type"), tr("External code"), tr("ID")},
                                 u"datasetFields"_s, fields);
    fieldsLayout->addWidget(m_fieldCount);
    fieldsLayout->addWidget(m_fields);
    layout->addWidget(fields, 1);
    setContent(content);
}

void DatasetDetailPane::present(const QJsonObject &item, bool complete)
{
    const Dataset dataset = Dataset::fromJson(item);
    m_name->setText(dataset.name);
    m_id->setText(QString::number(dataset.id));
    m_description->setText(orDash(dataset.description));
    m_external->setText(dataset.externalName.isEmpty() || dataset.externalName == dataset.externalCode
                            ? orDash(dataset.externalCode)
                            : tr("%1 (%2)").arg(dataset.externalName, dataset.externalCode));
    m_created->setText(formatDate(dataset.dateCreate));
    m_updated->setText(formatDate(dataset.dateUpdate));
    if (!complete) {
        m_fieldCount->setText(tr("Loading fields…"));
        m_fields->setRowCount(0);
        return;
    }
    int visible = 0;
    m_fields->setRowCount(int(dataset.fields.size()));
    for (int row = 0; row < dataset.fields.size(); ++row) {
        const DatasetField &field = dataset.fields.at(row);
        visible += field.visible ? 1 : 0;
        auto *check = new QTableWidgetItem(field.visible ? tr("yes") : tr("hidden"));
        check->setCheckState(field.visible ? Qt::Checked : Qt::Unchecked);
        check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_fields->setItem(row, 0, check);
        m_fields->setItem(row, 1, new QTableWidgetItem(field.name));
        m_fields->setItem(row, 2, new QTableWidgetItem(field.type));
        m_fields->setItem(row, 3, new QTableWidgetItem(field.externalCode));
        m_fields->setItem(row, 4, new QTableWidgetItem(QString::number(field.id)));
    }
    m_fieldCount->setText(tr("%n field(s), %1 visible", nullptr, int(dataset.fields.size())).arg(visible));
}
