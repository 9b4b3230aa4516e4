#pragma once

#include "api/entities/entities.h"

#include <QObject>
#include <QPointer>

class DatasetWizard;
class HierarchyModel;
class MainWindow;
class PortalSession;
class QAction;
class QMenu;

// The dataset feature of the main window: "New dataset…" (New ▾ and the tree's context menu on a
// source or dataset) runs the creation wizard and selects the new dataset in the tree; "Sync with
// source…" and "Delete dataset…" (context menu and the dataset pane's buttons) — deleting asks
// first and reconciles a lost reply by reading the dataset back.
class DatasetActions : public QObject
{
    Q_OBJECT
public:
    explicit DatasetActions(MainWindow *window);

    QAction *newDatasetAction() const { return m_newDataset; }
    // The source the selection belongs to (the source itself or a dataset's source), else 0.
    qint64 currentSourceId() const;

    // Opens the creation wizard for `sourceId` (window-modal, not blocking).
    DatasetWizard *openWizard(qint64 sourceId);
    // The last wizard opened (test hook; null once closed).
    DatasetWizard *lastWizard() const;
    // Asks, then deletes.
    void deleteDataset(qint64 id, const QString &name);
    // Selects the dataset in the tree, listing its source first if needed.
    void revealDataset(const Dataset &dataset);

private:
    void onPortalChanged(PortalSession *session, HierarchyModel *model);
    void updateActions();
    void addContextActions(QMenu *menu, const QModelIndex &sourceIndex);
    void removeFromTree(qint64 id);
    void reportDeleteFailure(const QString &name, const QString &message);

    MainWindow *m_window;
    QAction *m_newDataset;
    QPointer<PortalSession> m_session;
    QPointer<HierarchyModel> m_model;
    QPointer<DatasetWizard> m_lastWizard;
    QMetaObject::Connection m_pendingReveal;
};
