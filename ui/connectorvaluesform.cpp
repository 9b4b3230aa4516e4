#include "ui/connectorvaluesform.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectorValuesForm::ConnectorValuesForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_empty(new QLabel(tr("The connector declares no settings: no connection[…] values are sent."), this))
    , m_reveal(new QCheckBox(tr("Show &values"), this))
{
    setObjectName(u"connectorValuesForm"_s);
    m_empty->setWordWrap(true);
    m_reveal->setObjectName(u"revealTestValues"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_empty);
    layout->addWidget(m_reveal);
    connect(m_reveal, &QCheckBox::toggled, this, &ConnectorValuesForm::setRevealed);
}

void ConnectorValuesForm::setSettings(const QList<ConnectorSetting> &settings)
{
    const ConnectorEndpointClient::Connection previous = connection();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_edits.clear();
    m_settings = settings;
    for (const ConnectorSetting &setting : settings) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(u"value_"_s + setting.code);
        edit->setEchoMode(m_reveal->isChecked() ? QLineEdit::Normal : QLineEdit::Password);
        edit->setPlaceholderText(setting.type == ConnectorSetting::TypeInt ? tr("a number") : QString());
        m_form->addRow(tr("%1 (%2):").arg(setting.name, setting.code), edit);
        m_edits.append(edit);
        connect(edit, &QLineEdit::textEdited, this, &ConnectorValuesForm::edited);
    }
    m_empty->setVisible(settings.isEmpty());
    m_reveal->setVisible(!settings.isEmpty());
    setValues(previous); // keep what was typed for codes that still exist
}

void ConnectorValuesForm::setValues(const QList<SourceSetting> &values)
{
    for (int i = 0; i < m_settings.size(); ++i) {
        for (const SourceSetting &value : values) {
            if (value.code == m_settings.at(i).code)
                m_edits.at(i)->setText(value.value);
        }
    }
}

void ConnectorValuesForm::clearValues()
{
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->clear();
}

ConnectorEndpointClient::Connection ConnectorValuesForm::connection() const
{
    ConnectorEndpointClient::Connection result;
    for (int i = 0; i < m_settings.size(); ++i) {
        const ConnectorSetting &setting = m_settings.at(i);
        result.append(SourceSetting{0, setting.code, setting.name, setting.type, m_edits.at(i)->text()});
    }
    return result;
}

QLineEdit *ConnectorValuesForm::valueEdit(const QString &code) const
{
    for (int i = 0; i < m_settings.size(); ++i) {
        if (m_settings.at(i).code == code)
            return m_edits.at(i);
    }
    return nullptr;
}

void ConnectorValuesForm::setRevealed(bool revealed)
{
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
}
