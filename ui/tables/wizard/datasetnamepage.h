#pragma once

#include <QWizardPage>

class DatasetDraft;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Wizard page 4: the dataset's name (proposed from the table code, checked as typed: format,
// length, unique among the portal's datasets) and description, a summary of the columns and a
// clear note of what can never change. Finish sends dataset.add and waits for its answer.
class DatasetNamePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DatasetNamePage(DatasetDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit *nameEdit() const { return m_name; }
    QLabel *statusLabel() const { return m_status; }

private:
    void check();
    void onCreated();
    void onCreateFailed(const QString &message);

    DatasetDraft *m_draft;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLabel *m_nameProblem;
    QLabel *m_summary;
    QLabel *m_status;
    QString m_proposedFor;   // the table the proposal was made for
    QString m_proposal;      // the name proposed (replaced when still untouched)
    bool m_created = false;
};
