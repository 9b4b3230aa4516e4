#pragma once

#include "models/transfer/importapplier.h"

#include <QWizardPage>

class ImportPlanModel;
class ImportWizard;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;
class QVBoxLayout;

// (1) The file: a path and Browse…; Next reads and plans it while a spinner runs, and moves on
// by itself when the plan is ready.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);

    QLineEdit *pathEdit() const { return m_path; }
    // Next plans again even for the same file (the portal may have changed meanwhile).
    void forgetPlan() { m_plannedPath.clear(); }
    bool isComplete() const override;
    bool validatePage() override;

private:
    void setBusy(bool busy);
    void showError(const QString &message);

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_spinner;
    QLabel *m_state;
    QString m_plannedPath;
    bool m_busy = false;
};

// (2) The plan: a tree of create / update / unchanged / conflict, the counts, and the dry-run
// report for the clipboard.
class ImportPlanPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPlanPage(ImportWizard *wizard);

    QTreeView *tree() const { return m_tree; }
    ImportPlanModel *model() const { return m_model; }
    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override;

private:
    ImportWizard *m_wizard;
    void showDetails(const QModelIndex &index);

    ImportPlanModel *m_model;
    QLabel *m_summary;
    QTreeView *m_tree;
    QLabel *m_details;
    QPushButton *m_copy;
};

// (3) Setting values for the sources the import creates: one masked field per setting code,
// prefilled when the file carries values.
class ImportValuesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportValuesPage(ImportWizard *wizard);

    void initializePage() override;
    ImportApplier::SettingValues values() const;
    QList<QLineEdit *> valueEdits() const;

private:
    ImportWizard *m_wizard;
    QWidget *m_form;
    QVBoxLayout *m_formLayout;
};

// (4) The import running: progress, the current object, Cancel. Moves on to the report by itself.
class ImportApplyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportApplyPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_current;
    QPushButton *m_cancel;
    bool m_done = false;
};

// (5) What happened to each object, copyable.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportReportPage(ImportWizard *wizard);

    void initializePage() override;
    QPlainTextEdit *reportText() const { return m_text; }

private:
    ImportWizard *m_wizard;
    QLabel *m_summary;
    QPlainTextEdit *m_text;
};
