#pragma once

#include "models/connectors/connectorcontracttest.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

// Shows a run of the endpoint contract tester: one row per step (verdict, HTTP status, time,
// size), the selected step's details (URL, form as sent, each violation in words, body excerpt),
// progress with Cancel, and the report as Markdown to copy or save. Setting values never show:
// the tester hands over redacted data only.
class EndpointTestView : public QWidget
{
    Q_OBJECT
public:
    explicit EndpointTestView(QWidget *parent = nullptr);

    void setTest(ConnectorContractTest *test);
    ConnectorContractTest *test() const { return m_test; }

    QString reportMarkdown() const;
    // Writes the Markdown report; false and *error on failure.
    bool saveReport(const QString &path, QString *error = nullptr) const;

public slots:
    void copyReport();
    void chooseReportFile();

private:
    void rebuild();
    void rebuildIfNeeded();
    void updateRow(int index);
    void updateProgress();
    void showDetails();

    QPointer<ConnectorContractTest> m_test;
    QTreeWidget *m_steps;
    QTextBrowser *m_details;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_save;
};
