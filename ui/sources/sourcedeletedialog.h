#pragma once

#include "api/entities/entities.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// The dependency view before deleting a source that still has datasets: the datasets, why the
// portal refuses to delete the source alone ("Cannot delete source. Delete all related datasets
// first."), and an opt-in cascade. Delete stays disabled until the cascade is ticked; then the
// dialog stays open with progress while the controller deletes, and closes when done.
class SourceDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    SourceDeleteDialog(const QString &sourceTitle, const QList<Dataset> &datasets, QWidget *parent = nullptr);

    bool cascade() const;
    QCheckBox *cascadeBox() const { return m_cascade; }
    QPushButton *deleteButton() const;
    QTableWidget *datasetTable() const { return m_table; }

    // While deleting: Delete/Cancel disabled and a progress bar with `text`.
    void setProgress(int done, int total, const QString &text);
    // A failure: the reason, and Close instead of Cancel.
    void showFailure(const QString &message);
    void reject() override;

signals:
    void deleteRequested();

private:
    QLabel *m_explanation;
    QTableWidget *m_table;
    QCheckBox *m_cascade;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_deleting = false;
};
