#pragma once

#include <QPointer>
#include <QWizardPage>

class DatasetDraft;
class EndpointCall;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
struct EndpointResult;

// Wizard page 1: the tables of the source's connector (urlTableList). Typing searches on the
// connector's side (searchString) once the user pauses; a new keystroke cancels the search in
// flight. Shows loading, empty and error states (with Retry).
class DatasetTablePage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 300;

    DatasetTablePage(DatasetDraft *draft, const QString &sourceTitle, QWidget *parent = nullptr);
    ~DatasetTablePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isSearching() const { return !m_call.isNull(); }
    QLineEdit *searchBox() const { return m_search; }
    QTreeWidget *tableList() const { return m_tables; }

public slots:
    void search();

private:
    void onTextEdited();
    void showTables(const QString &searched, const EndpointResult &result);
    void showStatus(const QString &text, bool error);
    void showSourceTitle(const QString &title);

    DatasetDraft *m_draft;
    QLineEdit *m_search;
    QTreeWidget *m_tables;
    QLabel *m_status;
    QPushButton *m_retry;
    QTimer *m_delay;
    QPointer<EndpointCall> m_call;
    bool m_started = false;
};
