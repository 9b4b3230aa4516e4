#include "ui/sources/settingsform.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsForm::SettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_empty(new QLabel(tr("The connector declares no settings."), this))
    , m_showAll(new QCheckBox(tr("Show all &values"), this))
{
    setObjectName(u"settingsForm"_s);
    m_empty->setObjectName(u"settingsFormEmpty"_s);
    m_empty->setEnabled(false);
    m_showAll->setObjectName(u"revealValues"_s);
    m_showAll->setToolTip(tr("Setting values may be passwords or tokens; they are hidden until you show them."));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_empty);
    layout->addWidget(m_showAll);
    connect(m_showAll, &QCheckBox::toggled, this, [this](bool shown) {
        for (Row &row : m_rows)
            setShown(row, shown);
    });
    updateEmptyState();
}

SettingsForm::Row &SettingsForm::appendRow(const ConnectorSetting &setting)
{
    Row row;
    row.setting = setting;
    row.label = new QLabel((setting.name.isEmpty() ? setting.code : setting.name) + u':', this);
    row.label->setToolTip(tr("Setting code: %1, type: %2").arg(setting.code, setting.type));
    row.field = new QWidget(this);
    auto *fieldLayout = new QHBoxLayout(row.field);
    fieldLayout->setContentsMargins(0, 0, 0, 0);
    row.edit = new QLineEdit(row.field);
    row.edit->setObjectName(u"setting_"_s + setting.code);
    row.edit->setAccessibleName(setting.name.isEmpty() ? setting.code : setting.name);
    row.edit->setEchoMode(QLineEdit::Password);
    row.edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhHiddenText);
    row.edit->setReadOnly(m_readOnly);
    if (setting.type == ConnectorSetting::TypeInt) {
        static const QRegularExpression integer(u"^-?[0-9]*$"_s);
        row.edit->setValidator(new QRegularExpressionValidator(integer, row.edit));
        row.edit->setPlaceholderText(tr("whole number"));
    }
    row.reveal = new QToolButton(row.field);
    row.reveal->setObjectName(u"reveal_"_s + setting.code);
    row.reveal->setCheckable(true);
    row.reveal->setText(tr("Show"));
    row.reveal->setToolTip(tr("Show or hide this value"));
    fieldLayout->addWidget(row.edit, 1);
    fieldLayout->addWidget(row.reveal);
    row.label->setBuddy(row.edit);
    m_form->addRow(row.label, row.field);

    QLineEdit *edit = row.edit;
    QToolButton *reveal = row.reveal;
    connect(edit, &QLineEdit::textEdited, this, &SettingsForm::edited);
    connect(reveal, &QToolButton::toggled, this, [this, edit](bool shown) {
        for (Row &r : m_rows) {
            if (r.edit == edit)
                setShown(r, shown);
        }
    });
    m_rows.append(row);
    setShown(m_rows.last(), m_showAll->isChecked());
    updateEmptyState();
    updateTabOrder();
    return m_rows.last();
}

void SettingsForm::removeRow(int index)
{
    m_rows.removeAt(index);
    m_form->removeRow(index);
    updateEmptyState();
}

void SettingsForm::setShown(Row &row, bool shown)
{
    row.edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    const QSignalBlocker blocker(row.reveal);
    row.reveal->setChecked(shown);
    row.reveal->setText(shown ? tr("Hide") : tr("Show"));
}

void SettingsForm::updateEmptyState()
{
    m_empty->setVisible(m_rows.isEmpty());
    m_showAll->setVisible(!m_rows.isEmpty());
}

void SettingsForm::setTabPredecessor(QWidget *widget)
{
    m_tabPredecessor = widget;
    updateTabOrder();
}

void SettingsForm::updateTabOrder()
{
    QWidget *previous = m_tabPredecessor;
    for (const Row &row : std::as_const(m_rows)) {
        if (previous)
            setTabOrder(previous, row.edit);
        setTabOrder(row.edit, row.reveal);
        previous = row.reveal;
    }
    if (previous)
        setTabOrder(previous, m_showAll);
}

void SettingsForm::setSchema(const QList<ConnectorSetting> &schema)
{
    const QList<SourceSetting> typed = values();
    while (!m_rows.isEmpty())
        removeRow(int(m_rows.size()) - 1);
    for (const ConnectorSetting &setting : schema)
        appendRow(setting);
    fillValues(typed);
}

void SettingsForm::addMissing(const QList<ConnectorSetting> &schema)
{
    for (const ConnectorSetting &setting : schema) {
        if (!editorFor(setting.code))
            appendRow(setting);
    }
}

void SettingsForm::setValues(const QList<SourceSetting> &values)
{
    for (const SourceSetting &value : values) {
        QLineEdit *edit = editorFor(value.code);
        if (!edit) {
            ConnectorSetting setting;
            setting.code = value.code;
            setting.name = value.name;
            if (!value.type.isEmpty())
                setting.type = value.type;
            edit = appendRow(setting).edit;
        }
        edit->setText(value.value);
    }
}

void SettingsForm::fillValues(const QList<SourceSetting> &values)
{
    for (const SourceSetting &value : values) {
        if (QLineEdit *edit = editorFor(value.code))
            edit->setText(value.value);
    }
}

void SettingsForm::clearValues()
{
    for (const Row &row : std::as_const(m_rows))
        row.edit->clear();
}

QList<SourceSetting> SettingsForm::values() const
{
    QList<SourceSetting> out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows) {
        SourceSetting value;
        value.code = row.setting.code;
        value.name = row.setting.name;
        value.type = row.setting.type;
        value.value = row.edit->text();
        out.append(value);
    }
    return out;
}

void SettingsForm::clear()
{
    while (!m_rows.isEmpty())
        removeRow(int(m_rows.size()) - 1);
    hideAllValues();
}

QLineEdit *SettingsForm::editorFor(const QString &code) const
{
    for (const Row &row : m_rows) {
        if (row.setting.code == code)
            return row.edit;
    }
    return nullptr;
}

void SettingsForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row &row : std::as_const(m_rows))
        row.edit->setReadOnly(readOnly);
}

void SettingsForm::hideAllValues()
{
    m_showAll->setChecked(false);
    for (Row &row : m_rows)
        setShown(row, false);
}

bool SettingsForm::anyValueShown() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const Row &row) { return row.edit->echoMode() == QLineEdit::Normal; });
}
