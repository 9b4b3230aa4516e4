#pragma once

#include "api/endpoints/endpointclient.h"
#include "api/entities/entities.h"
#include "models/catalog/hierarchytypes.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class ApiError;
class HierarchyModel;
class MainWindow;
class PortalSession;
class QAction;
class QMenu;
class QModelIndex;
class QProgressDialog;
class SourceCheckRunner;
class SourceDeleteDialog;
class SourceDialog;

// The sources feature in the main window: "New source" (toolbar New ▾, File ▸ New, connector and
// source context menus), "Check connection" (toolbar, context menu, F9), "Check all sources of
// this connector" (Shift+F9, with progress and cancel), "Delete source" (context menu, Delete in
// the tree; a dependency view with opt-in cascade when datasets hang below it), and the wiring of
// the editable source detail pane. Check results become badges in the tree
// (HierarchyModel::setCheckStatus); every write updates the tree in place.
class SourceActions : public QObject
{
    Q_OBJECT
public:
    explicit SourceActions(MainWindow *window);
    ~SourceActions() override;

    QAction *newSourceAction() const { return m_new; }
    QAction *checkAction() const { return m_check; }
    QAction *checkAllAction() const { return m_checkAll; }
    QAction *deleteAction() const { return m_delete; }

    // Opens "New source" with `connectorId` preselected (0: the connector of the selection).
    SourceDialog *newSource(qint64 connectorId = 0);
    void checkSource(qint64 sourceId);
    void checkConnector(qint64 connectorId);
    void deleteSource(qint64 sourceId);

    // Test hooks: the dialogs opened last (null once closed).
    SourceDialog *lastSourceDialog() const;
    SourceDeleteDialog *lastDeleteDialog() const;
    QProgressDialog *checkProgressDialog() const;
    ConnectorEndpointClient *endpointClient() const { return m_endpoints; }
    bool isChecking() const;

signals:
    // A check run (one source or a whole connector) ended; `summary` is the status-bar text.
    void checkRunFinished(const QString &summary);
    // A deletion ended (ok: the source is gone).
    void deletionFinished(bool ok, const QString &message);

private:
    void onPortalChanged(PortalSession *session, HierarchyModel *model);
    void updateActions();
    void onContextMenu(QMenu *menu, const QModelIndex &index);
    void addContextEntry(QMenu *menu, QAction *like, std::function<void()> run);
    QString titleOf(qint64 sourceId) const;
    void onSourceCreated(const Source &source, const std::optional<EndpointResult> &check, const QString &note);
    SourceCheckRunner *startRunner();
    void showCheckedStatus(qint64 sourceId, const CheckStatus &status, const EndpointResult &result);
    void runDeletion(qint64 sourceId, const QList<qint64> &datasetIds, SourceDeleteDialog *dialog);
    static QString deleteFailureText(const ApiError &error);
    void showMessage(const QString &text);

    MainWindow *m_window;
    QPointer<PortalSession> m_session;
    QPointer<HierarchyModel> m_model;
    QPointer<ConnectorEndpointClient> m_endpoints;
    QAction *m_new;
    QAction *m_check;
    QAction *m_checkAll;
    QAction *m_delete;
    QList<QPointer<SourceCheckRunner>> m_runners;
    QPointer<SourceDialog> m_lastDialog;
    QPointer<SourceDeleteDialog> m_lastDeleteDialog;
    QPointer<QProgressDialog> m_progress;
};
