#include "ui/connectordetailpane.h"

#include "api/entities.h"
#include "models/logocache.h"
#include "ui/detailwidgets.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace DetailWidgets;

ConnectorDetailPane::ConnectorDetailPane(QWidget *parent)
    : EntityDetailPane(u"biconnector.connector.get"_s, parent)
{
    setObjectName(u"connectorDetailPane"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *general = new QGroupBox(tr("Connector"), content);
    auto *form = new QFormLayout(general);
    m_logo = new QLabel(general);
    m_logo->setObjectName(u"connectorLogo"_s);
    m_logo->setFixedSize(48, 48);
    form->addRow(tr("Logo:"), m_logo);
    m_title = addValueRow(form, tr("Title:"), u"connectorTitle"_s);
    m_id = addValueRow(form, tr("ID:"), u"connectorId"_s);
    m_description = addValueRow(form, tr("Description:"), u"connectorDescription"_s);
    m_sort = addValueRow(form, tr("Sort:"), u"connectorSort"_s);
    m_created = addValueRow(form, tr("Created:"), u"connectorCreated"_s);
    m_mapping = addValueRow(form, tr("Field mapping:"), u"connectorMapping"_s);
    layout->addWidget(general);

    auto *endpoints = new QGroupBox(tr("Endpoints"), content);
    auto *urls = new QFormLayout(endpoints);
    m_urlCheck = addCopyableRow(urls, tr("Check (urlCheck):"), u"urlCheck"_s);
    m_urlTableList = addCopyableRow(urls, tr("Table list (urlTableList):"), u"urlTableList"_s);
    m_urlTableDescription = addCopyableRow(urls, tr("Table description (urlTableDescription):"),
                                           u"urlTableDescription"_s);
    m_urlData = addCopyableRow(urls, tr("Data (urlData):"), u"urlData"_s);
    layout->addWidget(endpoints);

    auto *schema = new QGroupBox(tr("Settings schema"), content);
    auto *schemaLayout = new QVBoxLayout(schema);
    m_settings = makeReadOnlyTable({tr("Name"), tr("Code"), tr("Type")}, u"connectorSettings"_s, schema);
    schemaLayout->addWidget(m_settings);
    layout->addWidget(schema, 1);
    setContent(content);
}

void ConnectorDetailPane::present(const QJsonObject &item, bool complete)
{
    Q_UNUSED(complete)
    const Connector connector = Connector::fromJson(item);
    const QImage logo = connector.logo.startsWith(u"data:"_s) ? LogoCache::decodeDataUri(connector.logo) : QImage();
    if (logo.isNull())
        m_logo->setPixmap(LogoCache::fallbackIcon().pixmap(48, 48));
    else
        m_logo->setPixmap(QPixmap::fromImage(logo.scaled(48, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_title->setText(connector.title);
    m_id->setText(QString::number(connector.id));
    m_description->setText(orDash(connector.description));
    m_sort->setText(QString::number(connector.sort));
    m_created->setText(formatDate(connector.dateCreate));
    m_mapping->setText(!connector.supportMapping.has_value() ? tr("not supported by this portal")
                       : *connector.supportMapping           ? tr("supported (mapFields sent to urlData)")
                                                             : tr("off"));
    m_urlCheck->setText(connector.urlCheck);
    m_urlTableList->setText(connector.urlTableList);
    m_urlTableDescription->setText(connector.urlTableDescription);
    m_urlData->setText(connector.urlData);
    m_settings->setRowCount(int(connector.settings.size()));
    for (int row = 0; row < connector.settings.size(); ++row) {
        const ConnectorSetting &setting = connector.settings.at(row);
        m_settings->setItem(row, 0, new QTableWidgetItem(setting.name));
        m_settings->setItem(row, 1, new QTableWidgetItem(setting.code));
        m_settings->setItem(row, 2, new QTableWidgetItem(setting.type));
    }
}
