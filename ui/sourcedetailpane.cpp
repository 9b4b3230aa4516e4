#include "ui/sourcedetailpane.h"

#include "api/entities.h"
#include "ui/detailwidgets.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace DetailWidgets;

namespace {
const QString kMask = u"••••••••"_s;
}

SourceDetailPane::SourceDetailPane(QWidget *parent)
    : EntityDetailPane(u"biconnector.source.get"_s, parent)
{
    setObjectName(u"sourceDetailPane"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *general = new QGroupBox(tr("Source"), content);
    auto *form = new QFormLayout(general);
    m_title = addValueRow(form, tr("Title:"), u"sourceTitle"_s);
    m_id = addValueRow(form, tr("ID:"), u"sourceId"_s);
    m_description = addValueRow(form, tr("Description:"), u"sourceDescription"_s);
    m_active = addValueRow(form, tr("Active:"), u"sourceActive"_s);
    m_active->setToolTip(tr("The REST API does not change this flag; the portal sets it."));
    m_connector = addValueRow(form, tr("Connector ID:"), u"sourceConnectorId"_s);
    m_code = addValueRow(form, tr("Code:"), u"sourceCode"_s);
    m_created = addValueRow(form, tr("Created:"), u"sourceCreated"_s);
    m_updated = addValueRow(form, tr("Updated:"), u"sourceUpdated"_s);
    layout->addWidget(general);

    auto *settings = new QGroupBox(tr("Connection settings"), content);
    auto *settingsLayout = new QVBoxLayout(settings);
    m_reveal = new QCheckBox(tr("&Show values"), settings);
    m_reveal->setObjectName(u"revealValues"_s);
    m_reveal->setToolTip(tr("Setting values may be passwords or tokens; they are hidden by default."));
    m_settings = makeReadOnlyTable({tr("Name"), tr("Code"), tr("Type"), tr("Value")}, u"sourceSettings"_s, settings);
    settingsLayout->addWidget(m_reveal);
    settingsLayout->addWidget(m_settings);
    layout->addWidget(settings, 1);
    setContent(content);
    connect(m_reveal, &QCheckBox::toggled, this, &SourceDetailPane::fillSettings);
}

bool SourceDetailPane::valuesRevealed() const
{
    return m_reveal->isChecked();
}

void SourceDetailPane::present(const QJsonObject &item, bool complete)
{
    const Source source = complete ? Source::fromGetResult(item) : Source::fromListItem(item);
    if (source.id != m_shownId) {
        m_shownId = source.id;
        m_reveal->setChecked(false);
    }
    m_item = complete ? item : QJsonObject();
    m_title->setText(source.title);
    m_id->setText(QString::number(source.id));
    m_description->setText(orDash(source.description));
    m_active->setText(source.active ? tr("yes") : tr("no (the portal marked this source inactive)"));
    m_connector->setText(source.connectorId > 0 ? QString::number(source.connectorId) : orDash({}));
    m_code->setText(orDash(source.code));
    m_created->setText(formatDate(source.dateCreate));
    m_updated->setText(formatDate(source.dateUpdate));
    m_reveal->setEnabled(complete);
    if (!complete) {
        // List items carry values too, but only the get result is shown (masked) in the table.
        m_settings->setRowCount(0);
        return;
    }
    fillSettings();
}

void SourceDetailPane::fillSettings()
{
    const Source source = Source::fromGetResult(m_item);
    m_settings->setRowCount(int(source.settings.size()));
    for (int row = 0; row < source.settings.size(); ++row) {
        const SourceSetting &setting = source.settings.at(row);
        m_settings->setItem(row, 0, new QTableWidgetItem(setting.name));
        m_settings->setItem(row, 1, new QTableWidgetItem(setting.code));
        m_settings->setItem(row, 2, new QTableWidgetItem(setting.type));
        m_settings->setItem(row, 3, new QTableWidgetItem(m_reveal->isChecked() ? setting.value : kMask));
    }
}
