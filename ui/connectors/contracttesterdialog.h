#pragma once

#include "api/transport/apicall.h"
#include "api/entities/entities.h"
#include "api/transport/portalsession.h"

#include <QDialog>
#include <QPointer>

class ConnectorContractTest;
class ConnectorUsageLoader;
class SettingsForm;
class EndpointTestView;

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// "Test endpoints…": runs the endpoint contract tester against a connector from the desktop,
// with the settings of one of its sources (loaded with source.get) or values typed in, a search
// string for urlTableList and a chosen table (empty: the first one listed). Non-modal.
class ContractTesterDialog : public QDialog
{
    Q_OBJECT
public:
    ContractTesterDialog(const Connector &connector, PortalSession *session, QWidget *parent = nullptr);
    ~ContractTesterDialog() override;

    // Preselects a source (its settings are loaded as soon as the source list arrives).
    void selectSource(qint64 sourceId);
    void run();

    ConnectorContractTest *test() const { return m_test; }
    EndpointTestView *view() const { return m_view; }
    SettingsForm *valuesForm() const { return m_values; }
    QComboBox *sourceCombo() const { return m_source; }
    bool isLoadingSource() const { return !m_sourceCall.isNull() || m_loadingSources; }

signals:
    void sourceValuesLoaded();

private:
    void loadSources();
    void onSourceChosen(int index);
    void updateButtons();

    Connector m_connector;
    QPointer<PortalSession> m_session;
    ConnectorContractTest *m_test;
    ConnectorUsageLoader *m_sources = nullptr;
    QPointer<ApiCall> m_sourceCall;
    qint64 m_wantedSource = 0;
    bool m_loadingSources = false;
    QComboBox *m_source;
    QLabel *m_sourceStatus;
    SettingsForm *m_values;
    QLineEdit *m_search;
    QComboBox *m_table;
    QPushButton *m_run;
    EndpointTestView *m_view;
};
