#pragma once

#include "api/entities/entities.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class PortalOperation;
class ApiError;
class DatasetAddFieldDialog;
class DatasetFieldsModel;
class DatasetMatchDialog;
class PortalSession;
class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

// The "Fields" tab of a dataset: its columns with visibility checkboxes, edited as pending
// changes (multi-select + Space, the tri-state header for all/none, show/hide matching, invert,
// add, delete), marked in the view and counted, with undo/redo (Ctrl+Z / Ctrl+Shift+Z). Apply
// (Ctrl+S) sends everything as ONE dataset.fields.update; Revert forgets it all. A failed apply
// keeps every edit pending, shows why and can be retried; when the failure may have happened after
// the portal committed, the dataset is read back and the edits count as applied if it shows them.
class DatasetFieldsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetFieldsEditor(QWidget *parent = nullptr);
    ~DatasetFieldsEditor() override;

    void setSession(PortalSession *session);
    // The dataset's columns as dataset.get returned them; pending changes are dropped.
    void setDataset(qint64 datasetId, const QList<DatasetField> &fields);
    void clear();

    DatasetFieldsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool hasPendingChanges() const;
    bool isApplying() const { return !m_applyCall.isNull(); }
    // The source rows of the view's selection.
    QList<int> selectedRows() const;

    // The last dialog opened by "Show/Hide matching…" or "Add field…" (test hooks).
    DatasetMatchDialog *matchDialog() const;
    DatasetAddFieldDialog *addFieldDialog() const;

public slots:
    // Sends the pending changes; `done` (optional) learns whether they were applied.
    void apply(std::function<void(bool ok)> done = {});
    void revert();
    void showSelected();
    void hideSelected();
    void toggleSelected();
    void invert();
    void showMatching();
    void hideMatching();
    void addField();
    void deleteSelected();

signals:
    // The change was applied; `added` when new columns need their ids from a fresh dataset.get.
    void applied(bool added);
    void pendingChangesChanged(int count);

private:
    QAction *makeAction(const QString &text, const QString &objectName, const QKeySequence &shortcut,
                        void (DatasetFieldsEditor::*slot)());
    void openMatchDialog(bool show);
    void finishApply(bool ok, const QString &error);
    void updateState();

    QPointer<PortalSession> m_session;
    qint64 m_datasetId = 0;
    DatasetFieldsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_counts;
    QLabel *m_pending;
    QLabel *m_error;
    QAction *m_apply;
    QAction *m_revert;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QList<QAction *> m_editActions;
    QPointer<PortalOperation> m_applyCall;
    std::function<void(bool)> m_applyDone;
    bool m_awaitingReload = false;
    QPointer<DatasetMatchDialog> m_matchDialog;
    QPointer<DatasetAddFieldDialog> m_addDialog;
};
