#include "ui/connectors/connectoractions.h"

#include "api/entities/biconnectorapi.h"
#include "api/transport/portalsession.h"
#include "models/operations/cascadedelete.h"
#include "models/operations/connectoroperations.h"
#include "models/connectors/connectorlogging.h"
#include "models/connectors/connectorusage.h"
#include "models/catalog/hierarchymodel.h"
#include "models/catalog/noderef.h"
#include "models/catalog/portalcatalog.h"
#include "ui/connectors/connectordeletedialog.h"
#include "ui/connectors/connectordetailpane.h"
#include "ui/connectors/connectorwizard.h"
#include "ui/connectors/contracttesterdialog.h"
#include "ui/shell/detailstack.h"
#include "ui/shell/hierarchybrowser.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messageboxes.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

ConnectorActions::ConnectorActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_new(new QAction(QIcon::fromTheme(u"list-add"_s), tr("&Connector…"), this))
    , m_delete(new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete connector…"), this))
    , m_test(new QAction(QIcon::fromTheme(u"system-run"_s), tr("&Test endpoints…"), this))
{
    setObjectName(u"connectorActions"_s);
    m_new->setObjectName(u"newConnectorAction"_s);
    m_new->setToolTip(tr("Create a connector with the New connector wizard"));
    m_delete->setObjectName(u"deleteConnectorAction"_s);
    m_delete->setToolTip(tr("Delete the selected connector (Del)"));
    // The Delete key works in the tree (and the toolbar); editors keep it for themselves. Enabled
    // only while a connector is selected, so other features can bind Delete for their own nodes.
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_test->setObjectName(u"testConnectorAction"_s);
    m_test->setToolTip(tr("Call the connector's endpoints the way the portal does and check the answers"));

    window->addNewAction(m_new);
    window->browser()->addAction(m_delete);
    window->mainToolBar()->addAction(m_delete);

    connect(m_new, &QAction::triggered, this, &ConnectorActions::newConnector);
    connect(m_delete, &QAction::triggered, this, &ConnectorActions::deleteSelected);
    connect(m_test, &QAction::triggered, this, &ConnectorActions::testSelected);
    connect(window, &MainWindow::portalChanged, this, &ConnectorActions::onPortalChanged);
    connect(window->browser(), &HierarchyBrowser::currentChanged, this, &ConnectorActions::updateActions);
    connect(window->browser(), &HierarchyBrowser::contextMenuAboutToShow, this, &ConnectorActions::onContextMenu);

    window->details()->whenPaneBuilt<ConnectorDetailPane>(this, [this](ConnectorDetailPane *pane) {
        connect(pane, &ConnectorDetailPane::saved, this, [this](const QJsonObject &item) {
            if (m_model)
                m_model->catalog()->putConnector(Connector::fromJson(item));
            showMessage(tr("Connector “%1” saved.").arg(item.value(u"title"_s).toString()));
        });
        connect(pane, &ConnectorDetailPane::testEndpointsRequested, this,
                [this](const Connector &connector) { testConnector(connector); });
        pane->setPortal(m_session);
    });
    onPortalChanged(window->session(), window->hierarchyModel());
}

ConnectorWizard *ConnectorActions::lastWizard() const
{
    return m_wizard;
}

ConnectorDeleteDialog *ConnectorActions::lastDeleteDialog() const
{
    return m_deleteDialog;
}

ContractTesterDialog *ConnectorActions::lastTester() const
{
    return m_tester;
}

void ConnectorActions::onPortalChanged(PortalSession *session, HierarchyModel *model)
{
    m_session = session;
    m_model = model;
    if (auto *pane = m_window->details()->builtPane<ConnectorDetailPane>())
        pane->setPortal(session);
    updateActions();
}

qint64 ConnectorActions::selectedConnectorId(qint64 *sourceId) const
{
    const NodeRef node = m_window->browser()->currentNode();
    if (sourceId)
        *sourceId = node.is(NodeKind::Source) ? node.id : 0;
    return node.is(NodeKind::Connector) || node.is(NodeKind::Source) ? node.connectorId : 0;
}

void ConnectorActions::updateActions()
{
    const bool connected = m_session && m_model;
    const NodeRef node = m_window->browser()->currentNode();
    const bool onConnector = connected && node.is(NodeKind::Connector);
    m_new->setEnabled(connected);
    m_delete->setEnabled(onConnector && !m_busy);
    m_test->setEnabled(connected && (node.is(NodeKind::Connector) || node.is(NodeKind::Source)));
}

void ConnectorActions::onContextMenu(QMenu *menu, const QModelIndex &index)
{
    const NodeRef node = NodeRef::fromIndex(index);
    if (!m_session || !node.isValid())
        return;
    switch (node.kind) {
    case NodeKind::Portal:
        menu->addAction(m_new);
        break;
    case NodeKind::Connector:
        menu->addAction(m_test);
        menu->addAction(m_delete);
        break;
    case NodeKind::Source:
        m_test->setText(tr("&Test endpoints with this source's settings…"));
        menu->addAction(m_test);
        connect(menu, &QMenu::aboutToHide, this, [this] { m_test->setText(tr("&Test endpoints…")); });
        break;
    default:
        break;
    }
}

QString ConnectorActions::titleOf(qint64 connectorId) const
{
    if (!m_model)
        return {};
    return m_model->indexFor(NodeKind::Connector, connectorId).data(Qt::DisplayRole).toString();
}

void ConnectorActions::showMessage(const QString &text)
{
    m_window->statusBar()->showMessage(text, 8000);
}

// ---- New ----------------------------------------------------------------------------------------

void ConnectorActions::newConnector()
{
    if (!m_session || !m_model)
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    auto *wizard = new ConnectorWizard(m_session, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QStringList titles;
    const QModelIndex portal = m_model->portalIndex();
    for (int row = 0; row < m_model->rowCount(portal); ++row)
        titles.append(m_model->index(row, 0, portal).data(Qt::DisplayRole).toString());
    wizard->setOtherTitles(titles);
    connect(wizard, &ConnectorWizard::connectorCreated, this, &ConnectorActions::onCreated);
    m_wizard = wizard;
    wizard->open();
}

void ConnectorActions::onCreated(const PortalOperation::Result &result)
{
    if (!m_model)
        return;
    m_model->catalog()->putConnector(result.connector);
    const QModelIndex index = m_model->indexFor(NodeKind::Connector, result.connector.id);
    if (index.isValid())
        m_window->browser()->selectSourceIndex(index);
    showMessage(result.message());
    if (result.settledByReadBack)
        MessageBoxes::ask(m_window, QMessageBox::Information, tr("Connector created"), result.message(),
                          QMessageBox::Ok, QMessageBox::Ok, [](MessageBoxes::Answer) {});
}

// ---- Delete -------------------------------------------------------------------------------------

void ConnectorActions::deleteSelected()
{
    if (const NodeRef node = m_window->browser()->currentNode(); node.is(NodeKind::Connector))
        deleteConnector(node.id);
}

void ConnectorActions::deleteConnector(qint64 connectorId)
{
    if (!m_session || m_busy || connectorId <= 0)
        return;
    const QString title = titleOf(connectorId);
    m_busy = true;
    updateActions();
    showMessage(tr("Checking what depends on connector “%1”…").arg(title));
    auto *loader = new ConnectorUsageLoader(m_session->client(), connectorId,
                                            ConnectorUsageLoader::Depth::WithDatasets, this);
    connect(loader, &ConnectorUsageLoader::finished, this,
            [this, loader, connectorId, title](const ConnectorUsage &usage, const ApiError &error) {
                loader->deleteLater();
                m_busy = false;
                updateActions();
                m_window->statusBar()->clearMessage();
                if (error.isError()) {
                    MessageBoxes::ask(m_window, QMessageBox::Warning, tr("Delete connector"),
                                      tr("Could not find out what depends on “%1”: %2").arg(title, error.userMessage()),
                                      QMessageBox::Ok, QMessageBox::Ok, [](MessageBoxes::Answer) {},
                                      error.details());
                    emit deleteFinished(connectorId, false);
                    return;
                }
                if (usage.hasSources())
                    openCascadeDialog(connectorId, title, usage);
                else
                    confirmPlainDelete(connectorId, title);
            });
    loader->start();
}

void ConnectorActions::confirmPlainDelete(qint64 connectorId, const QString &title)
{
    MessageBoxes::ask(m_window, QMessageBox::Question, tr("Delete connector"),
                      tr("Delete connector “%1”? It has no sources. This cannot be undone.").arg(title),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                      [this, connectorId, title](MessageBoxes::Answer answer) {
                          if (answer == QMessageBox::Yes)
                              runDeletion(connectorId, title);
                          else
                              emit deleteFinished(connectorId, false);
                      });
}

void ConnectorActions::runDeletion(qint64 connectorId, const QString &title)
{
    if (!m_session)
        return;
    auto *deletion = new ConnectorDelete(m_session->biconnector(), nullptr, connectorId, title, this);
    connect(deletion, &PortalOperation::finished, this,
            [this, deletion, connectorId, title](const PortalOperation::Result &result) {
                deletion->deleteLater();
                const ApiError &error = result.error;
                if (result.applied()) {
                    if (m_model)
                        m_model->catalog()->remove(NodeKind::Connector, connectorId);
                    showMessage(tr("Connector “%1” deleted.").arg(title));
                    emit deleteFinished(connectorId, true);
                    return;
                }
                emit deleteFinished(connectorId, false);
                if (error.code() == u"CONNECTOR_DELETE_RESTRICTED"_s) {
                    // Sources appeared since the check: show them and offer the cascade.
                    if (m_model)
                        m_model->refresh(m_model->indexFor(NodeKind::Connector, connectorId));
                    MessageBoxes::ask(
                        m_window, QMessageBox::Warning, tr("Connector not deleted"),
                        tr("The portal refused to delete “%1”: %2\n\nSources were added after the check. Show what "
                           "depends on the connector now?")
                            .arg(title, error.userMessage()),
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
                        [this, connectorId](MessageBoxes::Answer answer) {
                            if (answer == QMessageBox::Yes)
                                deleteConnector(connectorId);
                        },
                        error.details());
                    return;
                }
                MessageBoxes::ask(m_window, QMessageBox::Warning, tr("Connector not deleted"),
                                  tr("Could not delete “%1”: %2").arg(title, error.userMessage()), QMessageBox::Ok,
                                  QMessageBox::Ok, [](MessageBoxes::Answer) {}, error.details());
            });
    deletion->start();
}

void ConnectorActions::openCascadeDialog(qint64 connectorId, const QString &title, const ConnectorUsage &usage)
{
    auto *dialog = new ConnectorDeleteDialog(m_session->client(), usage, title, m_window);
    connect(dialog, &ConnectorDeleteDialog::objectDeleted, this, [this](NodeKind kind, qint64 id) {
        if (m_model)
            m_model->catalog()->remove(kind, id);
    });
    connect(dialog, &ConnectorDeleteDialog::deletionFinished, this,
            [this, connectorId, title](PortalOperation::Outcome outcome) {
                const bool deleted = outcome == PortalOperation::Outcome::Applied;
                if (deleted)
                    showMessage(tr("Connector “%1” and everything under it deleted.").arg(title));
                emit deleteFinished(connectorId, deleted);
            });
    connect(dialog, &QDialog::rejected, this, [this, connectorId, dialog] {
        if (dialog->deletion()->completedSteps() == 0 && !dialog->deletion()->isRunning())
            emit deleteFinished(connectorId, false);
    });
    m_deleteDialog = dialog;
    dialog->open();
}

// ---- Test endpoints -----------------------------------------------------------------------------

void ConnectorActions::testSelected()
{
    qint64 sourceId = 0;
    const qint64 connectorId = selectedConnectorId(&sourceId);
    if (!m_session || connectorId <= 0)
        return;
    const ConnectorDetailPane *pane = m_window->details()->builtPane<ConnectorDetailPane>();
    if (sourceId == 0 && pane && pane->original().id == connectorId && pane->isVisible()) {
        testConnector(pane->edited());
        return;
    }
    showMessage(tr("Loading the connector…"));
    BiconnectorApi(m_session->client())
        .getConnector(connectorId)
        .onFinished(this, [this, sourceId](const Outcome<Connector> &outcome) {
            m_window->statusBar()->clearMessage();
            if (!outcome.ok()) {
                MessageBoxes::ask(m_window, QMessageBox::Warning, tr("Test endpoints"),
                                  tr("The connector could not be loaded: %1").arg(outcome.error.userMessage()),
                                  QMessageBox::Ok, QMessageBox::Ok, [](MessageBoxes::Answer) {});
                return;
            }
            testConnector(outcome.value, sourceId);
        });
}

void ConnectorActions::testConnector(const Connector &connector, qint64 sourceId)
{
    if (!m_session)
        return;
    if (m_tester)
        m_tester->close();
    auto *dialog = new ContractTesterDialog(connector, m_session, m_window);
    if (sourceId > 0)
        dialog->selectSource(sourceId);
    m_tester = dialog;
    dialog->show();
}
