#include "ui/connectors/contracttesterdialog.h"

#include "api/entities/biconnectorapi.h"
#include "api/transport/portalsession.h"
#include "models/connectors/connectorcontracttest.h"
#include "models/connectors/connectorusage.h"
#include "ui/sources/settingsform.h"
#include "ui/connectors/endpointtestview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ContractTesterDialog::ContractTesterDialog(const Connector &connector, PortalSession *session, QWidget *parent)
    : QDialog(parent)
    , m_connector(connector)
    , m_session(session)
    , m_test(new ConnectorContractTest(session ? session->network() : nullptr, this))
    , m_source(new QComboBox(this))
    , m_sourceStatus(new QLabel(this))
    , m_values(new SettingsForm(this))
    , m_search(new QLineEdit(this))
    , m_table(new QComboBox(this))
    , m_run(new QPushButton(tr("&Run test"), this))
    , m_view(new EndpointTestView(this))
{
    setObjectName(u"contractTesterDialog"_s);
    setWindowTitle(tr("Test endpoints — %1").arg(connector.title));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *intro = new QLabel(tr("Calls the connector's endpoints from this computer exactly as the portal would "
                                "(form-encoded POST, connection[…] values), checks every answer against the "
                                "protocol, and finally calls urlCheck with deliberately wrong values, which the "
                                "connector must refuse."),
                             this);
    intro->setWordWrap(true);

    m_source->setObjectName(u"testerSource"_s);
    m_source->addItem(tr("Values entered below"), QVariant::fromValue<qint64>(0));
    m_sourceStatus->setObjectName(u"testerSourceStatus"_s);
    m_sourceStatus->setWordWrap(true);
    m_values->setSchema(connector.settings);
    m_search->setObjectName(u"testerSearch"_s);
    m_search->setPlaceholderText(tr("not sent when empty"));
    m_table->setObjectName(u"testerTable"_s);
    m_table->setEditable(true);
    m_table->lineEdit()->setPlaceholderText(tr("the first table listed"));
    m_run->setObjectName(u"testerRun"_s);
    m_run->setDefault(true);

    auto *settingsBox = new QGroupBox(tr("Settings sent as connection[…]"), this);
    auto *settingsForm = new QFormLayout(settingsBox);
    settingsForm->addRow(tr("&Use:"), m_source);
    settingsForm->addRow(QString(), m_sourceStatus);
    settingsForm->addRow(m_values);
    auto *requestBox = new QGroupBox(tr("Requests"), this);
    auto *requestForm = new QFormLayout(requestBox);
    requestForm->addRow(tr("Search &string (urlTableList):"), m_search);
    requestForm->addRow(tr("&Table (urlTableDescription, urlData):"), m_table);
    auto *inputs = new QHBoxLayout;
    inputs->addWidget(settingsBox, 1);
    inputs->addWidget(requestBox, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(inputs);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    m_view->setTest(m_test);
    connect(m_run, &QPushButton::clicked, this, &ContractTesterDialog::run);
    connect(m_source, &QComboBox::activated, this, &ContractTesterDialog::onSourceChosen);
    connect(m_values, &SettingsForm::edited, this, [this] {
        // Typed values are no longer a source's values.
        if (m_source->currentIndex() != 0) {
            m_source->setCurrentIndex(0);
            m_sourceStatus->setText(tr("Edited values."));
        }
    });
    connect(m_test, &ConnectorContractTest::finished, this, [this] {
        updateButtons();
        const QString current = m_table->currentText();
        m_table->clear();
        for (const EndpointTable &table : m_test->tables())
            m_table->addItem(table.code);
        m_table->setCurrentText(current);
    });
    resize(900, 760);
    loadSources();
    updateButtons();
}

ContractTesterDialog::~ContractTesterDialog()
{
    m_test->cancel();
    if (m_sourceCall)
        m_sourceCall->cancel();
}

void ContractTesterDialog::loadSources()
{
    if (!m_session || m_connector.id <= 0)
        return;
    m_loadingSources = true;
    m_sourceStatus->setText(tr("Loading the connector's sources…"));
    m_sources = new ConnectorUsageLoader(m_session->client(), m_connector.id,
                                         ConnectorUsageLoader::Depth::SourcesOnly, this);
    connect(m_sources, &ConnectorUsageLoader::finished, this, [this](const ConnectorUsage &usage, const ApiError &error) {
        m_loadingSources = false;
        if (error.isError()) {
            m_sourceStatus->setText(tr("The sources could not be listed: %1").arg(error.userMessage()));
            return;
        }
        for (const Source &source : usage.sources)
            m_source->addItem(tr("Source “%1”").arg(source.title), QVariant::fromValue(source.id));
        m_sourceStatus->setText(usage.sources.isEmpty() ? tr("The connector has no sources yet.") : QString());
        if (m_wantedSource > 0)
            selectSource(m_wantedSource);
        updateButtons();
    });
    m_sources->start();
}

void ContractTesterDialog::selectSource(qint64 sourceId)
{
    m_wantedSource = sourceId;
    const int index = m_source->findData(QVariant::fromValue(sourceId));
    if (index > 0) {
        m_source->setCurrentIndex(index);
        onSourceChosen(index);
    }
}

void ContractTesterDialog::onSourceChosen(int index)
{
    if (m_sourceCall)
        m_sourceCall->cancel();
    const qint64 sourceId = m_source->itemData(index).toLongLong();
    m_wantedSource = 0;
    if (sourceId <= 0 || !m_session) {
        m_values->clearValues();
        m_sourceStatus->clear();
        return;
    }
    m_sourceStatus->setText(tr("Loading the source's settings…"));
    const auto call = BiconnectorApi(m_session->client()).getSource(sourceId);
    m_sourceCall = call.handle();
    updateButtons();
    call.onFinished(this, [this](const Outcome<Source> &outcome) {
        m_sourceCall.clear();
        updateButtons();
        if (outcome.error.kind() == ApiError::Kind::Canceled)
            return;
        if (!outcome.ok()) {
            m_sourceStatus->setText(tr("The source's settings could not be loaded: %1").arg(outcome.error.userMessage()));
            return;
        }
        m_values->clearValues();
        m_values->fillValues(outcome.value.settings);
        m_sourceStatus->setText(tr("Values of source “%1” (ID %2).").arg(outcome.value.title).arg(outcome.value.id));
        emit sourceValuesLoaded();
    });
}

void ContractTesterDialog::run()
{
    if (m_test->isRunning() || isLoadingSource())
        return;
    auto options = ConnectorContractTest::Options::forConnector(
        m_connector, m_values->values(),
        m_source->currentIndex() > 0 ? m_source->currentText() : tr("values entered"));
    if (!m_search->text().isEmpty())
        options.searchString = m_search->text();
    options.table = m_table->currentText().trimmed();
    m_test->start(options);
    updateButtons();
}

void ContractTesterDialog::updateButtons()
{
    m_run->setEnabled(!m_test->isRunning() && !isLoadingSource());
    m_source->setEnabled(!m_test->isRunning());
}
