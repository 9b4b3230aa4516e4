#include "ui/sources/sourceform.h"

#include "api/entities/entityvalidation.h"
#include "ui/sources/connectioncheckview.h"
#include "ui/sources/settingsform.h"
#include "ui/widgets/uipalette.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SourceForm::SourceForm(QWidget *parent)
    : QWidget(parent)
    , m_general(new QFormLayout)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_settingsBox(new QGroupBox(tr("Connection settings"), this))
    , m_settings(new SettingsForm(m_settingsBox))
    , m_check(new ConnectionCheckView(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"sourceForm"_s);
    m_title->setObjectName(u"sourceTitleEdit"_s);
    m_title->setMaxLength(int(EntityValidation::MaxTitleLength));
    m_title->setPlaceholderText(tr("Required"));
    m_description->setObjectName(u"sourceDescriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_general->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_general->addRow(tr("&Title:"), m_title);
    m_general->addRow(tr("&Description:"), m_description);
    m_error->setObjectName(u"sourceFormError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    UiPalette::setMessageRole(m_error, UiPalette::Role::Error);
    m_error->hide();

    m_settings->setTabPredecessor(m_description);
    auto *settingsLayout = new QVBoxLayout(m_settingsBox);
    settingsLayout->addWidget(m_settings);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_general);
    layout->addWidget(m_settingsBox);
    layout->addWidget(m_check);
    layout->addWidget(m_error);

    connect(m_title, &QLineEdit::textEdited, this, &SourceForm::onEdited);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            onEdited();
    });
    connect(m_settings, &SettingsForm::edited, this, &SourceForm::onEdited);
    connect(m_check, &ConnectionCheckView::checkRequested, this, &SourceForm::checkConnection);
    connect(m_check, &ConnectionCheckView::cancelRequested, this, &SourceForm::cancelCheck);
    m_check->button()->setEnabled(false);
}

SourceForm::~SourceForm()
{
    if (m_running)
        m_running->cancel();
}

void SourceForm::setEndpointClient(ConnectorEndpointClient *client)
{
    cancelCheck();
    m_endpoints = client;
    m_check->button()->setEnabled(m_hasConnector && m_endpoints);
}

void SourceForm::setConnector(const Connector &connector)
{
    cancelCheck();
    m_check->clear();
    m_lastCheck.reset();
    m_connector = connector;
    m_hasConnector = true;
    if (m_original.id > 0)
        m_settings->addMissing(connector.settings);
    else
        m_settings->setSchema(connector.settings);
    m_check->button()->setEnabled(m_endpoints != nullptr);
}

void SourceForm::load(const Source &source)
{
    m_loading = true;
    m_original = source;
    m_title->setText(source.title);
    m_description->setPlainText(source.description);
    m_settings->clear();
    m_settings->setValues(source.settings);
    if (m_hasConnector && m_connector.id == source.connectorId)
        m_settings->addMissing(m_connector.settings);
    m_loading = false;
    cancelCheck();
    m_check->clear();
    m_lastCheck.reset();
    clearError();
}

void SourceForm::forgetConnector()
{
    cancelCheck();
    m_check->clear();
    m_lastCheck.reset();
    m_hasConnector = false;
    m_connector = Connector();
    m_check->button()->setEnabled(false);
}

void SourceForm::clear()
{
    forgetConnector();
    load(Source());
}

Source SourceForm::source() const
{
    Source edited = m_original;
    if (m_hasConnector)
        edited.connectorId = m_connector.id;
    edited.title = m_title->text();
    edited.description = m_description->toPlainText();
    edited.settings = m_settings->values();
    return edited;
}

bool SourceForm::isModified() const
{
    const Source edited = source();
    if (edited.title != m_original.title || edited.description != m_original.description)
        return true;
    for (const SourceSetting &setting : edited.settings) {
        if (setting.value != m_original.settingValue(setting.code))
            return true;
    }
    return false;
}

void SourceForm::setEditable(bool editable)
{
    m_title->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    m_settings->setReadOnly(!editable);
    m_check->button()->setEnabled(editable && m_hasConnector && m_endpoints);
}

void SourceForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SourceForm::clearError()
{
    showError(QString());
}

QString SourceForm::errorText() const
{
    return m_error->text();
}

bool SourceForm::validateTitle()
{
    const ValidationResult check = EntityValidation::title(m_title->text());
    if (check.isValid())
        return true;
    showError(check.message);
    m_title->setFocus();
    return false;
}

void SourceForm::onEdited()
{
    cancelCheck();
    m_check->clear();
    m_lastCheck.reset();
    clearError();
    emit edited();
}

void SourceForm::checkConnection()
{
    if (!m_endpoints || !m_hasConnector)
        return;
    cancelCheck();
    m_lastCheck.reset();
    m_check->setRunning();
    m_checkedUrl = QUrl(m_connector.urlCheck);
    m_running = m_endpoints->check(m_checkedUrl, m_settings->values());
    connect(m_running, &EndpointCall::finished, this, &SourceForm::onCheckFinished);
}

void SourceForm::cancelCheck()
{
    if (EndpointCall *call = m_running) {
        m_running.clear();
        call->disconnect(this);
        call->cancel();
    } else if (!m_check->isRunning()) {
        return;
    }
    // Also when the call vanished with its client (another portal): nothing will report back.
    m_check->clear();
    flushWaiting(nullptr);
}

void SourceForm::onCheckFinished(const EndpointResult &result)
{
    m_running.clear();
    if (result.canceled) {
        m_check->setResult(result, m_checkedUrl);
        flushWaiting(nullptr);
        return;
    }
    m_lastCheck = result;
    m_check->setResult(result, m_checkedUrl);
    emit checkFinished(result);
    flushWaiting(&*m_lastCheck);
}

void SourceForm::showCheckResult(const EndpointResult &result)
{
    cancelCheck();
    m_lastCheck = result;
    m_check->setResult(result, QUrl(m_connector.urlCheck));
}

void SourceForm::withCheckResult(std::function<void(const EndpointResult *)> done)
{
    if (m_lastCheck)
        return done(&*m_lastCheck);
    if (!m_endpoints || !m_hasConnector)
        return done(nullptr);
    m_waiting.push_back(std::move(done));
    if (!m_running)
        checkConnection();
}

void SourceForm::flushWaiting(const EndpointResult *result)
{
    auto waiting = std::exchange(m_waiting, {});
    for (auto &done : waiting)
        done(result);
}
