#include "ui/connectors/connectorendpointseditor.h"

#include "ui/connectors/connectorfindingslabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

struct Endpoint
{
    QString Connector::*member;
    const char *label;
    const char *objectName;
};

const Endpoint kEndpoints[] = {
    {&Connector::urlCheck, QT_TRANSLATE_NOOP("ConnectorEndpointsEditor", "&Check (urlCheck):"), "urlCheckEdit"},
    {&Connector::urlTableList, QT_TRANSLATE_NOOP("ConnectorEndpointsEditor", "Table &list (urlTableList):"),
     "urlTableListEdit"},
    {&Connector::urlTableDescription,
     QT_TRANSLATE_NOOP("ConnectorEndpointsEditor", "Table d&escription (urlTableDescription):"),
     "urlTableDescriptionEdit"},
    {&Connector::urlData, QT_TRANSLATE_NOOP("ConnectorEndpointsEditor", "&Data (urlData):"), "urlDataEdit"},
};

} // namespace

ConnectorEndpointsEditor::ConnectorEndpointsEditor(QWidget *parent)
    : QWidget(parent)
    , m_base(new QLineEdit(this))
    , m_layout(new QComboBox(this))
    , m_fill(new QPushButton(tr("&Fill in"), this))
    , m_problems(new ConnectorFindingsLabel(this))
{
    setObjectName(u"connectorEndpointsEditor"_s);
    m_base->setObjectName(u"endpointBaseUrl"_s);
    m_base->setPlaceholderText(u"https://bi.example.com/connector/"_s);
    m_layout->setObjectName(u"endpointLayout"_s);
    m_layout->addItem(tr("…/check, /tables, /describe, /data"),
                      QVariant::fromValue(int(ConnectorEndpointRules::Layout::PathPerEndpoint)));
    m_layout->addItem(tr("…?action=check|table_list|…"),
                      QVariant::fromValue(int(ConnectorEndpointRules::Layout::ActionQuery)));
    m_layout->setToolTip(tr("How the four URLs are derived from the base URL: one path per endpoint (as the "
                            "sandbox sample connector), or an action parameter (as the official example "
                            "connector: check, table_list, table_description, data)."));
    m_fill->setObjectName(u"endpointFill"_s);
    m_fill->setEnabled(false);
    m_fill->setToolTip(tr("Fill the four URLs below from the base URL"));
    m_problems->setObjectName(u"endpointProblems"_s);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *helper = new QHBoxLayout;
    helper->addWidget(m_base, 1);
    helper->addWidget(m_layout);
    helper->addWidget(m_fill);
    auto *baseLabel = new QLabel(tr("&Base URL:"), this);
    baseLabel->setBuddy(m_base);
    form->addRow(baseLabel, helper);
    for (const Endpoint &endpoint : kEndpoints) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1StringView(endpoint.objectName));
        edit->setPlaceholderText(u"https://"_s);
        form->addRow(tr(endpoint.label), edit);
        m_urls.append(edit);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateFindings();
            emit changed();
        });
    }
    form->addRow(QString(), m_problems);

    connect(m_base, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_fill->setEnabled(!text.trimmed().isEmpty()); });
    m_base->installEventFilter(this);
    connect(m_fill, &QPushButton::clicked, this, &ConnectorEndpointsEditor::fillFromBase);
    updateFindings();
}

bool ConnectorEndpointsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_base && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            fillFromBase();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConnectorEndpointsEditor::setConnector(const Connector &connector)
{
    for (int i = 0; i < m_urls.size(); ++i) {
        const QSignalBlocker blocker(m_urls.at(i));
        m_urls.at(i)->setText(connector.*kEndpoints[i].member);
    }
    updateFindings();
}

void ConnectorEndpointsEditor::apply(Connector &connector) const
{
    for (int i = 0; i < m_urls.size(); ++i)
        connector.*kEndpoints[i].member = m_urls.at(i)->text();
}

void ConnectorEndpointsEditor::fillFromBase()
{
    if (m_base->text().trimmed().isEmpty())
        return;
    const auto layout = ConnectorEndpointRules::Layout(m_layout->currentData().toInt());
    const QStringList urls = ConnectorEndpointRules::fillFromBase(m_base->text(), layout);
    for (int i = 0; i < m_urls.size(); ++i) {
        const QSignalBlocker blocker(m_urls.at(i));
        m_urls.at(i)->setText(urls.value(i));
    }
    updateFindings();
    emit changed();
}

QList<ConnectorEndpointRules::Finding> ConnectorEndpointsEditor::findings() const
{
    QStringList urls;
    for (const QLineEdit *edit : m_urls)
        urls.append(edit->text());
    return ConnectorEndpointRules::checkEndpoints(urls);
}

bool ConnectorEndpointsEditor::hasErrors() const
{
    return ConnectorFindingsLabel::hasErrorIn(findings());
}

void ConnectorEndpointsEditor::updateFindings()
{
    m_problems->setFindings(findings());
}
