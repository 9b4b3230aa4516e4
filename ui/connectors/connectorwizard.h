#pragma once

#include "api/entities/entities.h"
#include "api/transport/portalsession.h"
#include "models/operations/connectoroperations.h"

#include <QPointer>
#include <QWizard>

class ConnectorContractTest;
class LogoCache;

// "New connector": five pages over one draft the wizard owns — basics (title, description, sort,
// logo), endpoints, settings schema, an optional endpoint test with sample values, and a summary
// of what will be sent. Finish runs connector.add through ConnectorAdd (an operation outside
// the pages): the summary page's validatePage() starts it and returns false, a busy bar shows,
// and the wizard closes itself when the portal has answered. A lost reply is never resent.
class ConnectorWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { BasicsPage, EndpointsPage, SettingsPage, TestPage, SummaryPage };

    ConnectorWizard(PortalSession *session, QWidget *parent = nullptr);
    ~ConnectorWizard() override;

    Connector &draft() { return m_draft; }
    const Connector &draft() const { return m_draft; }
    // Titles of existing connectors, for the "title already used" warning.
    void setOtherTitles(const QStringList &titles) { m_otherTitles = titles; }
    QStringList otherTitles() const { return m_otherTitles; }

    PortalSession *session() const { return m_session; }
    LogoCache *logoCache() const { return m_logos; }
    ConnectorContractTest *contractTest() const { return m_test; }
    bool isCreating() const { return m_creation && m_creation->isRunning(); }
    bool hasCreated() const { return m_result.applied(); }
    const PortalOperation::Result &result() const { return m_result; }
    // Starts connector.add with the draft (the summary page calls it from validatePage()).
    void startCreation();

signals:
    void creationStateChanged(bool running, const QString &message);
    // The connector exists on the portal (the wizard closes right after).
    void connectorCreated(const PortalOperation::Result &result);

public slots:
    void reject() override; // ignored while connector.add is out

private:
    void onCreationFinished(const PortalOperation::Result &result);

    QPointer<PortalSession> m_session;
    Connector m_draft;
    QStringList m_otherTitles;
    LogoCache *m_logos;
    ConnectorContractTest *m_test;
    QPointer<ConnectorAdd> m_creation;
    PortalOperation::Result m_result;
};
