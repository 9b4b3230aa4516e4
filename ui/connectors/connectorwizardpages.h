#pragma once

#include <QWizardPage>

class ConnectorBasicsEditor;
class ConnectorEndpointsEditor;
class ConnectorSettingsEditor;
class SettingsForm;
class ConnectorWizard;
class EndpointTestView;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

// The pages of ConnectorWizard. Each page shows part of the wizard's draft in a reusable editor,
// is complete when that part has no errors (warnings do not block), and writes back on Next.

class ConnectorBasicsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectorBasicsPage(ConnectorWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    ConnectorBasicsEditor *editor() const { return m_editor; }

private:
    ConnectorWizard *m_wizard;
    ConnectorBasicsEditor *m_editor;
};

class ConnectorEndpointsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectorEndpointsPage(ConnectorWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    ConnectorEndpointsEditor *editor() const { return m_editor; }

private:
    ConnectorWizard *m_wizard;
    ConnectorEndpointsEditor *m_editor;
};

class ConnectorSettingsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectorSettingsPage(ConnectorWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    ConnectorSettingsEditor *editor() const { return m_editor; }

private:
    ConnectorWizard *m_wizard;
    ConnectorSettingsEditor *m_editor;
};

// Optional: sample values per setting, then the contract tester against the draft's endpoints.
class ConnectorTestPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectorTestPage(ConnectorWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    void runTest();
    SettingsForm *values() const { return m_values; }
    EndpointTestView *view() const { return m_view; }

private:
    ConnectorWizard *m_wizard;
    SettingsForm *m_values;
    QLineEdit *m_search;
    QPushButton *m_run;
    EndpointTestView *m_view;
};

// What connector.add will receive; Finish sends it (see ConnectorWizard::startCreation()).
class ConnectorSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectorSummaryPage(ConnectorWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    QString summaryText() const;

private:
    void showState(bool running, const QString &message);
    QString renderSummary() const;

    ConnectorWizard *m_wizard;
    QTextBrowser *m_summary;
    QProgressBar *m_busy;
    QLabel *m_status;
};
