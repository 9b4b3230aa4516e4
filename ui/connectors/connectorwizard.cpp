#include "ui/connectors/connectorwizard.h"

#include "api/transport/portalsession.h"
#include "models/connectors/connectorcontracttest.h"
#include "models/connectors/connectorlogging.h"
#include "models/connectors/logocache.h"
#include "ui/connectors/connectorwizardpages.h"

#include <QAbstractButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

ConnectorWizard::ConnectorWizard(PortalSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_logos(new LogoCache(session ? session->network() : nullptr,
                            QStandardPaths::writableLocation(QStandardPaths::CacheLocation), this))
    , m_test(new ConnectorContractTest(session ? session->network() : nullptr, this))
{
    setObjectName(u"connectorWizard"_s);
    setWindowTitle(tr("New connector"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, tr("&Create connector"));
    setPage(BasicsPage, new ConnectorBasicsPage(this));
    setPage(EndpointsPage, new ConnectorEndpointsPage(this));
    setPage(SettingsPage, new ConnectorSettingsPage(this));
    setPage(TestPage, new ConnectorTestPage(this));
    setPage(SummaryPage, new ConnectorSummaryPage(this));
    resize(820, 640);
}

ConnectorWizard::~ConnectorWizard()
{
    m_test->cancel();
}

void ConnectorWizard::startCreation()
{
    if (isCreating() || hasCreated())
        return;
    m_test->cancel();
    for (const WizardButton which : {QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton})
        button(which)->setEnabled(false);
    emit creationStateChanged(true, tr("Creating the connector on the portal…"));
    // The catalog is not wired to the ui yet (the tree's engineer does that): null for now.
    m_creation = new ConnectorAdd(BiconnectorApi(m_session ? m_session->client() : nullptr), nullptr, m_draft, this);
    connect(m_creation, &PortalOperation::finished, this, &ConnectorWizard::onCreationFinished);
    m_creation->start();
}

void ConnectorWizard::onCreationFinished(const PortalOperation::Result &result)
{
    if (m_creation)
        m_creation->deleteLater();
    m_result = result;
    for (const WizardButton which : {QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton})
        button(which)->setEnabled(true);
    emit creationStateChanged(false, result.message());
    if (!result.applied())
        return;
    qCInfo(lcConnectors) << "wizard created connector" << result.connector.id;
    emit connectorCreated(result);
    accept(); // validatePage() now passes
}

void ConnectorWizard::reject()
{
    if (isCreating())
        return;
    QWizard::reject();
}
