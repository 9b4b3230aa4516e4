#pragma once

#include "api/entities/entities.h"
#include "api/transport/portalsession.h"
#include "models/operations/portaloperation.h"

#include <QModelIndex>
#include <QObject>
#include <QPointer>

class ConnectorDeleteDialog;
struct ConnectorUsage;
class ConnectorWizard;
class ContractTesterDialog;
class HierarchyModel;
class MainWindow;

class QAction;
class QMenu;

// The connector feature in the main window: "New connector…" (New menu), "Delete connector"
// (toolbar, context menu, Delete key in the tree) and "Test endpoints…" (context menu of a
// connector or of a source, and the detail pane), plus the editable connector pane's portal and
// its saves. Runs the wizard, the delete dialog/confirmation and the contract tester, and keeps
// the portal's catalog up to date (the tree follows it).
class ConnectorActions : public QObject
{
    Q_OBJECT
public:
    explicit ConnectorActions(MainWindow *window);

    QAction *newAction() const { return m_new; }
    QAction *deleteAction() const { return m_delete; }
    QAction *testAction() const { return m_test; }

    // Test hooks: the dialogs opened last (null once closed).
    ConnectorWizard *lastWizard() const;
    ConnectorDeleteDialog *lastDeleteDialog() const;
    ContractTesterDialog *lastTester() const;

public slots:
    void newConnector();
    void deleteSelected();
    void testSelected();
    void deleteConnector(qint64 connectorId);
    void testConnector(const Connector &connector, qint64 sourceId = 0);

signals:
    // A deletion of `connectorId` ended (deleted or not); for tests and status.
    void deleteFinished(qint64 connectorId, bool deleted);

private:
    void onPortalChanged(PortalSession *session, HierarchyModel *model);
    void onContextMenu(QMenu *menu, const QModelIndex &index);
    void updateActions();
    void onCreated(const PortalOperation::Result &result);
    void confirmPlainDelete(qint64 connectorId, const QString &title);
    void runDeletion(qint64 connectorId, const QString &title);
    void openCascadeDialog(qint64 connectorId, const QString &title, const ConnectorUsage &usage);
    void showMessage(const QString &text);
    QString titleOf(qint64 connectorId) const;
    qint64 selectedConnectorId(qint64 *sourceId = nullptr) const;

    MainWindow *m_window;
    QPointer<PortalSession> m_session;
    HierarchyModel *m_model = nullptr;
    QAction *m_new;
    QAction *m_delete;
    QAction *m_test;
    QPointer<ConnectorWizard> m_wizard;
    QPointer<ConnectorDeleteDialog> m_deleteDialog;
    QPointer<ContractTesterDialog> m_tester;
    bool m_busy = false;
};
