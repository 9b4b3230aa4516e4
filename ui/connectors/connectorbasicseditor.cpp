#include "ui/connectors/connectorbasicseditor.h"

#include "api/entities/entityvalidation.h"
#include "ui/connectors/connectorfindingslabel.h"
#include "ui/connectors/connectorlogopicker.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <limits>

using namespace Qt::StringLiterals;

ConnectorBasicsEditor::ConnectorBasicsEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_sort(new QSpinBox(this))
    , m_mapping(new QCheckBox(tr("The connector maps column names (mapFields is sent to urlData)"), this))
    , m_logo(new ConnectorLogoPicker(this))
    , m_problems(new ConnectorFindingsLabel(this))
{
    m_title->setObjectName(u"connectorTitleEdit"_s);
    m_title->setPlaceholderText(tr("Shown to users when they create a connection"));
    m_description->setObjectName(u"connectorDescriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4);
    m_sort->setObjectName(u"connectorSortEdit"_s);
    m_sort->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    m_sort->setMaximumWidth(m_sort->fontMetrics().horizontalAdvance(u"00000000000"_s) + 40);
    m_sort->setValue(100);
    m_sort->setToolTip(tr("Position among the connectors: lower numbers come first (the portal's default is 100)."));
    m_mapping->setObjectName(u"connectorMappingEdit"_s);
    m_mapping->hide();
    m_problems->setObjectName(u"basicsProblems"_s);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Sort:"), m_sort);
    form->addRow(tr("&Logo:"), m_logo);
    form->addRow(QString(), m_mapping);
    form->addRow(QString(), m_problems);

    auto edited = [this] {
        updateFindings();
        emit changed();
    };
    connect(m_title, &QLineEdit::textChanged, this, edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, edited);
    connect(m_sort, &QSpinBox::valueChanged, this, edited);
    connect(m_mapping, &QCheckBox::toggled, this, edited);
    connect(m_logo, &ConnectorLogoPicker::changed, this, edited);
    updateFindings();
}

void ConnectorBasicsEditor::setLogoCache(LogoCache *cache)
{
    m_logo->setLogoCache(cache);
}

void ConnectorBasicsEditor::setOtherTitles(const QStringList &titles)
{
    m_otherTitles = titles;
    updateFindings();
}

void ConnectorBasicsEditor::setConnector(const Connector &connector)
{
    const QSignalBlocker blockTitle(m_title), blockDescription(m_description), blockSort(m_sort),
        blockMapping(m_mapping), blockLogo(m_logo);
    m_title->setText(connector.title);
    m_description->setPlainText(connector.description);
    m_sort->setValue(connector.sort);
    m_mapping->setVisible(connector.supportMapping.has_value());
    m_mapping->setChecked(connector.supportMapping.value_or(false));
    m_logo->setLogo(connector.logo);
    updateFindings();
}

void ConnectorBasicsEditor::apply(Connector &connector) const
{
    connector.title = m_title->text();
    connector.description = m_description->toPlainText();
    connector.sort = m_sort->value();
    connector.logo = m_logo->logo();
    if (!m_mapping->isHidden())
        connector.supportMapping = m_mapping->isChecked();
}

QList<ConnectorEndpointRules::Finding> ConnectorBasicsEditor::findings() const
{
    QList<ConnectorEndpointRules::Finding> result;
    if (const ValidationResult title = EntityValidation::title(m_title->text()); !title.isValid())
        result.append(ConnectorFindingsLabel::error(title.code, title.message));
    else if (m_otherTitles.contains(m_title->text()))
        result.append({ConnectorEndpointRules::Finding::Severity::Warning, u"TITLE_IN_USE"_s,
                       tr("Another connector of this application is already called “%1”.").arg(m_title->text())});
    return result;
}

bool ConnectorBasicsEditor::hasErrors() const
{
    const auto logo = m_logo->findings();
    return ConnectorFindingsLabel::hasErrorIn(findings()) || ConnectorFindingsLabel::hasErrorIn(logo);
}

void ConnectorBasicsEditor::updateFindings()
{
    m_problems->setFindings(findings());
}
