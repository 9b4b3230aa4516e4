#include "ui/sources/sourcedialog.h"

#include "api/transport/apicall.h"
#include "models/sources/sourcecheck.h"
#include "ui/sources/connectioncheckview.h"
#include "ui/sources/sourceform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SourceDialog::SourceDialog(const BiconnectorApi &api, ConnectorEndpointClient *endpoints, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_endpoints(endpoints)
    , m_connector(new QComboBox(this))
    , m_form(new SourceForm(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"sourceDialog"_s);
    setWindowTitle(tr("New source"));
    m_connector->setObjectName(u"sourceConnectorChoice"_s);
    m_form->generalLayout()->insertRow(0, tr("&Connector:"), m_connector);
    m_form->setEndpointClient(endpoints);
    m_status->setObjectName(u"sourceDialogStatus"_s);
    m_status->setWordWrap(true);
    saveButton()->setObjectName(u"sourceSaveButton"_s);
    saveButton()->setEnabled(false);

    auto *intro = new QLabel(tr("Fill in the connector's settings and check the connection. Saving creates the source "
                                "on the portal, which checks the connection itself first."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SourceDialog::reject);
    connect(m_connector, &QComboBox::currentIndexChanged, this, [this] { loadConnector(selectedConnectorId()); });
    connect(m_form, &SourceForm::edited, this, [this] { m_status->clear(); });
}

SourceDialog::~SourceDialog()
{
    if (m_connectorRead)
        m_connectorRead->cancel();
}

QPushButton *SourceDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString SourceDialog::statusText() const
{
    return m_status->text();
}

void SourceDialog::setConnectors(const QList<ConnectorChoice> &connectors, qint64 selectedId)
{
    const QSignalBlocker blocker(m_connector);
    m_connector->clear();
    for (const ConnectorChoice &choice : connectors)
        m_connector->addItem(tr("%1 (ID %2)").arg(choice.title).arg(choice.id), choice.id);
    const int index = m_connector->findData(selectedId);
    m_connector->setCurrentIndex(index >= 0 ? index : 0);
    if (connectors.isEmpty()) {
        m_status->setText(tr("There is no connector to create a source for. Create a connector first."));
        return;
    }
    loadConnector(selectedConnectorId());
}

qint64 SourceDialog::selectedConnectorId() const
{
    return m_connector->currentData().toLongLong();
}

void SourceDialog::loadConnector(qint64 connectorId)
{
    if (m_connectorRead)
        m_connectorRead->cancel();
    m_form->forgetConnector();
    updateSaveButton();
    updateTitle();
    if (connectorId <= 0)
        return;
    m_status->setText(tr("Loading the connector's settings…"));
    const auto call = m_api.getConnector(connectorId);
    m_connectorRead = call.handle();
    call.onFinished(this, [this, connectorId](const Outcome<Connector> &outcome) {
        if (outcome.error.kind() == ApiError::Kind::Canceled || connectorId != selectedConnectorId())
            return;
        if (!outcome.ok()) {
            m_status->setText(tr("The connector could not be loaded: %1").arg(outcome.error.userMessage()));
            return;
        }
        m_status->clear();
        m_form->setConnector(outcome.value);
        updateTitle();
        updateSaveButton();
    });
}

void SourceDialog::updateTitle()
{
    setWindowTitle(m_form->hasConnector() ? tr("New source — %1").arg(m_form->connector().title) : tr("New source"));
}

void SourceDialog::updateSaveButton()
{
    saveButton()->setEnabled(!m_saving && m_form->hasConnector());
}

void SourceDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_form->setEditable(!saving);
    m_connector->setEnabled(!saving);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!saving);
    updateSaveButton();
}

void SourceDialog::save()
{
    if (m_saving || !m_form->hasConnector() || !m_form->validateTitle())
        return;
    const Source source = m_form->source();
    setSaving(true);
    m_status->setText(tr("Saving… The portal checks the connection before it creates the source."));
    m_writer = new SourceAdd(m_api, nullptr, source, this);
    connect(m_writer, &PortalOperation::finished, this, [this, source](const PortalOperation::Result &result) {
        m_writer->deleteLater();
        onSaved(result, source);
    });
    m_writer->start();
}

void SourceDialog::onSaved(const PortalOperation::Result &result, const Source &source)
{
    setSaving(false);
    m_status->setText(result.settledByReadBack ? result.message() : QString());
    if (result.applied()) {
        Source saved = source;
        saved.id = result.id;
        emit created(saved, m_form->lastCheck(), m_status->text());
        accept();
        return;
    }
    if (result.settledByReadBack || result.outcome != PortalOperation::Outcome::NotApplied)
        return m_form->showError(result.message());
    if (result.error.kind() != ApiError::Kind::ConnectionCheckFailed)
        return m_form->showError(result.error.userMessage());
    const ApiError error = result.error;
    m_status->setText(tr("The portal could not connect; checking directly from this computer…"));
    m_form->withCheckResult([this, error](const EndpointResult *direct) {
        m_status->clear();
        m_form->showError(SourceCheck::portalCheckFailedMessage(error, direct));
    });
}

void SourceDialog::reject()
{
    if (m_saving)
        return; // the portal is processing the add: wait for its answer
    QDialog::reject();
}
