#include "ui/sources/sourceactions.h"

#include "api/transport/portalsession.h"
#include "models/catalog/hierarchyfilterproxy.h"
#include "models/catalog/hierarchymodel.h"
#include "models/catalog/noderef.h"
#include "models/catalog/portalcatalog.h"
#include "models/sources/sourcecheck.h"
#include "models/sources/sourcecheckrunner.h"
#include "models/operations/cascadedelete.h"
#include "ui/shell/detailstack.h"
#include "ui/shell/hierarchybrowser.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messageboxes.h"
#include "ui/sources/sourcedeletedialog.h"
#include "ui/sources/sourcedetailpane.h"
#include "ui/sources/sourcedialog.h"

#include <QAction>
#include <QMenu>
#include <QProgressDialog>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

SourceActions::SourceActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_new(new QAction(QIcon::fromTheme(u"list-add"_s), tr("New &source…"), this))
    , m_check(new QAction(QIcon::fromTheme(u"network-connect"_s), tr("&Check connection"), this))
    , m_checkAll(new QAction(tr("Check &all sources of this connector"), this))
    , m_delete(new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete source…"), this))
{
    setObjectName(u"sourceActions"_s);
    m_new->setObjectName(u"newSourceAction"_s);
    m_new->setToolTip(tr("Create a source (a connection) for a connector"));
    m_check->setObjectName(u"checkSourceAction"_s);
    m_check->setShortcut(QKeySequence(Qt::Key_F9));
    m_check->setToolTip(tr("Check the selected source's connection from this computer (F9)"));
    m_checkAll->setObjectName(u"checkAllSourcesAction"_s);
    m_checkAll->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    m_delete->setObjectName(u"deleteSourceAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);

    window->addNewAction(m_new);
    window->mainToolBar()->addAction(m_check);
    window->addAction(m_check);
    window->addAction(m_checkAll);
    window->browser()->view()->addAction(m_delete);

    connect(m_new, &QAction::triggered, this, [this] { newSource(); });
    connect(m_check, &QAction::triggered, this, [this] {
        if (const NodeRef node = m_window->browser()->currentNode(); node.is(NodeKind::Source))
            checkSource(node.id);
    });
    connect(m_checkAll, &QAction::triggered, this, [this] {
        if (const qint64 connectorId = m_window->browser()->currentNode().connectorId)
            checkConnector(connectorId);
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const NodeRef node = m_window->browser()->currentNode(); node.is(NodeKind::Source))
            deleteSource(node.id);
    });
    connect(window, &MainWindow::portalChanged, this, &SourceActions::onPortalChanged);
    connect(window->browser(), &HierarchyBrowser::currentChanged, this, &SourceActions::updateActions);
    connect(window->browser(), &HierarchyBrowser::contextMenuAboutToShow, this, &SourceActions::onContextMenu);
    window->details()->whenPaneBuilt<SourceDetailPane>(this, [this](SourceDetailPane *pane) {
        connect(pane, &SourceDetailPane::sourceSaved, this, [this](const QJsonObject &item) {
            const Source saved = Source::fromListItem(item);
            const Source *known = m_model ? m_model->catalog()->source(saved.id) : nullptr;
            if (!known)
                return;
            Source merged = *known;
            merged.title = saved.title;
            merged.description = saved.description;
            m_model->catalog()->putSource(merged);
        });
        pane->setSession(m_session, m_endpoints);
    });
    onPortalChanged(window->session(), window->hierarchyModel());
}

SourceActions::~SourceActions()
{
    for (const auto &runner : std::as_const(m_runners)) {
        if (runner)
            runner->disconnect(this);
    }
}

void SourceActions::onPortalChanged(PortalSession *session, HierarchyModel *model)
{
    for (const auto &runner : std::as_const(m_runners)) {
        if (runner)
            runner->cancel();
    }
    m_runners.clear();
    if (m_progress)
        m_progress->close();
    // Dialogs of the previous portal make no sense any more (unless it is busy writing).
    if (m_lastDialog)
        m_lastDialog->reject();
    if (m_lastDeleteDialog)
        m_lastDeleteDialog->reject();
    delete m_endpoints.data();
    m_session = session;
    m_model = model;
    m_endpoints = session ? new ConnectorEndpointClient(session->network(), this) : nullptr;
    if (auto *pane = m_window->details()->builtPane<SourceDetailPane>())
        pane->setSession(session, m_endpoints);
    updateActions();
}

SourceDialog *SourceActions::lastSourceDialog() const
{
    return m_lastDialog;
}

SourceDeleteDialog *SourceActions::lastDeleteDialog() const
{
    return m_lastDeleteDialog;
}

QProgressDialog *SourceActions::checkProgressDialog() const
{
    return m_progress;
}

bool SourceActions::isChecking() const
{
    return std::any_of(m_runners.cbegin(), m_runners.cend(),
                       [](const QPointer<SourceCheckRunner> &runner) { return runner && runner->isRunning(); });
}

QString SourceActions::titleOf(qint64 sourceId) const
{
    return m_model ? m_model->indexFor(NodeKind::Source, sourceId).data(Qt::DisplayRole).toString() : QString();
}

void SourceActions::updateActions()
{
    const NodeRef node = m_window->browser()->currentNode();
    const bool portal = m_session && m_model;
    const bool source = portal && node.is(NodeKind::Source);
    m_new->setEnabled(portal);
    m_check->setEnabled(source);
    m_checkAll->setEnabled(portal && node.connectorId > 0);
    m_delete->setEnabled(source);
}

void SourceActions::addContextEntry(QMenu *menu, QAction *like, std::function<void()> run)
{
    QAction *entry = menu->addAction(like->icon(), like->text(), this, std::move(run));
    entry->setObjectName(like->objectName() + u"Context"_s);
    entry->setShortcut(like->shortcut());
    entry->setShortcutContext(Qt::WidgetShortcut); // shown in the menu; the main action owns the key
}

void SourceActions::onContextMenu(QMenu *menu, const QModelIndex &index)
{
    if (!m_session || !m_model)
        return;
    const NodeRef node = NodeRef::fromIndex(index);
    const NodeKind kind = node.kind;
    const qint64 id = node.id;
    const qint64 connectorId = node.connectorId;
    if (kind != NodeKind::Connector && kind != NodeKind::Source)
        return;
    menu->addSeparator();
    if (kind == NodeKind::Source)
        addContextEntry(menu, m_check, [this, id] { checkSource(id); });
    addContextEntry(menu, m_checkAll, [this, connectorId] { checkConnector(connectorId); });
    addContextEntry(menu, m_new, [this, connectorId] { newSource(connectorId); });
    if (kind == NodeKind::Source)
        addContextEntry(menu, m_delete, [this, id] { deleteSource(id); });
}

void SourceActions::showMessage(const QString &text)
{
    m_window->statusBar()->showMessage(text, 10000);
}

// ---- New source ----

SourceDialog *SourceActions::newSource(qint64 connectorId)
{
    if (!m_session || !m_model)
        return nullptr;
    if (connectorId <= 0)
        connectorId = m_window->browser()->currentNode().connectorId;
    QList<SourceDialog::ConnectorChoice> choices;
    const QModelIndex portal = m_model->portalIndex();
    for (int row = 0; row < m_model->rowCount(portal); ++row) {
        const QModelIndex connector = m_model->index(row, 0, portal);
        if (m_model->kindOf(connector) == NodeKind::Connector)
            choices.append({m_model->idOf(connector), connector.data(Qt::DisplayRole).toString()});
    }
    auto *dialog = new SourceDialog(m_session->biconnector(), m_endpoints, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConnectors(choices, connectorId);
    connect(dialog, &SourceDialog::created, this, &SourceActions::onSourceCreated);
    dialog->open();
    m_lastDialog = dialog;
    return dialog;
}

void SourceActions::onSourceCreated(const Source &source, const std::optional<EndpointResult> &check,
                                    const QString &note)
{
    if (!m_model)
        return;
    Source item = source;
    item.type = u"rest"_s;
    item.code = u"rest_%1"_s.arg(source.connectorId);
    item.active = true;
    item.settings.clear();  // the values are secrets; the tree has no use for them
    m_model->catalog()->putSource(item);
    if (check)
        m_model->setCheckStatus(source.id, SourceCheck::status(*check));
    const QModelIndex created = m_model->indexFor(NodeKind::Source, source.id);
    if (created.isValid()) {
        m_window->browser()->selectSourceIndex(created);
    } else {
        // The connector was never expanded: expanding lists its sources, the new one included.
        const QModelIndex connector = m_model->indexFor(NodeKind::Connector, source.connectorId);
        m_window->browser()->view()->expand(m_window->browser()->proxy()->mapFromSource(connector));
    }
    showMessage(note.isEmpty() ? tr("Source \"%1\" created.").arg(source.title) : note);
}

// ---- Checks ----

SourceCheckRunner *SourceActions::startRunner()
{
    auto *runner = new SourceCheckRunner(m_session->biconnector(), m_endpoints, this);
    m_runners.removeAll(nullptr);
    m_runners.append(runner);
    return runner;
}

void SourceActions::showCheckedStatus(qint64 sourceId, const CheckStatus &status, const EndpointResult &result)
{
    if (m_model)
        m_model->setCheckStatus(sourceId, status);
    if (auto *pane = m_window->details()->builtPane<SourceDetailPane>()) // else it shows no source
        pane->showCheckResult(sourceId, result);
}

void SourceActions::checkSource(qint64 sourceId)
{
    if (!m_session || !m_model || !m_endpoints)
        return;
    CheckStatus running;
    running.state = CheckStatus::State::Running;
    running.message = tr("Checking the connection…");
    m_model->setCheckStatus(sourceId, running);
    SourceCheckRunner *runner = startRunner();
    const QString title = titleOf(sourceId);
    connect(runner, &SourceCheckRunner::sourceChecked, this, &SourceActions::showCheckedStatus);
    connect(runner, &SourceCheckRunner::sourceChecked, this,
            [this, title](qint64, const CheckStatus &status) { showMessage(tr("%1: %2").arg(title, status.message)); });
    connect(runner, &SourceCheckRunner::finished, this,
            [this, runner, sourceId, title](bool canceled, const QString &error) {
                runner->deleteLater();
                QString summary;
                if (!error.isEmpty()) {
                    if (m_model)
                        m_model->setCheckStatus(sourceId, SourceCheck::notChecked(error));
                    summary = tr("%1 was not checked: %2").arg(title, error);
                    showMessage(summary);
                } else if (canceled && m_model) {
                    m_model->setCheckStatus(sourceId, CheckStatus());
                } else if (m_model) {
                    summary = m_model->indexFor(NodeKind::Source, sourceId)
                                  .data(HierarchyModel::CheckStatusRole)
                                  .value<CheckStatus>()
                                  .message;
                }
                emit checkRunFinished(summary);
            });
    runner->checkSource(sourceId);
}

void SourceActions::checkConnector(qint64 connectorId)
{
    if (!m_session || !m_model || !m_endpoints || connectorId <= 0)
        return;
    const QString connectorTitle =
        m_model->indexFor(NodeKind::Connector, connectorId).data(Qt::DisplayRole).toString();
    SourceCheckRunner *runner = startRunner();
    if (m_progress)
        m_progress->close();
    auto *progress = new QProgressDialog(tr("Reading the sources of \"%1\"…").arg(connectorTitle), tr("Cancel"), 0, 0,
                                         m_window);
    progress->setObjectName(u"checkAllProgress"_s);
    progress->setWindowTitle(tr("Check all sources"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setMinimumWidth(420);
    progress->show(); // not modal: browsing goes on while the checks run
    m_progress = progress;

    struct Tally
    {
        QList<qint64> pending;
        int passed = 0;
        int failed = 0;
    };
    auto tally = std::make_shared<Tally>();
    connect(progress, &QProgressDialog::canceled, runner, &SourceCheckRunner::cancel);
    connect(runner, &SourceCheckRunner::queued, this, [this, tally](const QList<qint64> &ids) {
        tally->pending = ids;
        CheckStatus running;
        running.state = CheckStatus::State::Running;
        running.message = tr("Checking the connection…");
        for (qint64 id : ids)
            m_model->setCheckStatus(id, running);
    });
    connect(runner, &SourceCheckRunner::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
        progress->setLabelText(tr("Checked %1 of %n source(s)…", nullptr, total).arg(done));
    });
    connect(runner, &SourceCheckRunner::sourceChecked, this, &SourceActions::showCheckedStatus);
    connect(runner, &SourceCheckRunner::sourceChecked, this, [tally](qint64 id, const CheckStatus &status) {
        tally->pending.removeAll(id);
        (status.state == CheckStatus::State::Passed ? tally->passed : tally->failed)++;
    });
    connect(runner, &SourceCheckRunner::finished, this,
            [this, runner, tally, connectorTitle](bool canceled, const QString &error) {
                runner->deleteLater();
                if (m_progress)
                    m_progress->close();
                if (m_model) {
                    for (qint64 id : std::as_const(tally->pending))
                        m_model->setCheckStatus(id, CheckStatus());
                }
                QString summary;
                if (!error.isEmpty())
                    summary = tr("The sources of \"%1\" were not checked: %2").arg(connectorTitle, error);
                else if (canceled)
                    summary = tr("%1: check canceled after %2 passed and %3 failed.")
                                  .arg(connectorTitle)
                                  .arg(tally->passed)
                                  .arg(tally->failed);
                else
                    summary = tr("%1: %2 passed, %3 failed.").arg(connectorTitle).arg(tally->passed).arg(tally->failed);
                showMessage(summary);
                emit checkRunFinished(summary);
            });
    runner->checkConnector(connectorId);
}

// ---- Delete ----

void SourceActions::deleteSource(qint64 sourceId)
{
    if (!m_session || !m_model)
        return;
    const QString title = titleOf(sourceId);
    ListQuery query;
    query.filter = {{u"sourceId"_s, sourceId}};
    const auto call = m_session->biconnector().listAllDatasets(query);
    call.onFinished(this, [this, sourceId, title](const Outcome<QList<Dataset>> &outcome) {
        if (!outcome.ok()) {
            MessageBoxes::ask(m_window, QMessageBox::Warning, tr("Delete source"),
                              tr("The datasets of \"%1\" could not be listed, so nothing was deleted: %2")
                                  .arg(title, outcome.error.userMessage()),
                              QMessageBox::Ok, QMessageBox::Ok, [](MessageBoxes::Answer) {}, outcome.error.details());
            return;
        }
        if (outcome.value.isEmpty()) {
            MessageBoxes::ask(m_window, QMessageBox::Question, tr("Delete source"),
                              tr("Delete the source \"%1\" and its connection settings from the portal? This cannot "
                                 "be undone.")
                                  .arg(title),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                              [this, sourceId](MessageBoxes::Answer answer) {
                                  if (answer == QMessageBox::Yes)
                                      runDeletion(sourceId, {}, nullptr);
                              });
            return;
        }
        QList<qint64> datasetIds;
        for (const Dataset &dataset : outcome.value)
            datasetIds.append(dataset.id);
        auto *dialog = new SourceDeleteDialog(title, outcome.value, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SourceDeleteDialog::deleteRequested, this,
                [this, sourceId, datasetIds, dialog] { runDeletion(sourceId, datasetIds, dialog); });
        m_lastDeleteDialog = dialog;
        dialog->open();
    });
}

void SourceActions::runDeletion(qint64 sourceId, const QList<qint64> &datasetIds, SourceDeleteDialog *dialog)
{
    if (!m_session)
        return;
    const QString title = titleOf(sourceId);
    const QPointer<SourceDeleteDialog> shown(dialog);
    Source source;
    source.id = sourceId;
    source.title = title;
    // Each step that is applied removes its object from the catalog (and so from the tree).
    auto *deletion = new CascadeDelete(m_session->biconnector(), m_model ? m_model->catalog() : nullptr, source,
                                       datasetIds, this);
    connect(deletion, &PortalOperation::progress, this, [shown, datasetIds](int done, int total) {
        if (!shown)
            return;
        shown->setProgress(done, total,
                           done < datasetIds.size()
                               ? tr("Deleting dataset %1 of %2…").arg(done + 1).arg(datasetIds.size())
                               : tr("Deleting the source…"));
    });
    connect(deletion, &PortalOperation::finished, this,
            [this, deletion, shown, sourceId, title, datasetIds](const PortalOperation::Result &result) {
                deletion->deleteLater();
                const bool ok = result.applied();
                const ApiError &error = result.error;
                QString message;
                if (ok) {
                    message = datasetIds.isEmpty()
                                  ? tr("Source \"%1\" deleted.").arg(title)
                                  : tr("Source \"%1\" and %n dataset(s) deleted.", nullptr, int(datasetIds.size()))
                                        .arg(title);
                    if (shown)
                        shown->accept();
                    showMessage(message);
                } else {
                    message = deleteFailureText(error);
                    if (shown)
                        shown->showFailure(message);
                    else
                        MessageBoxes::ask(m_window, QMessageBox::Warning, tr("Delete source"), message,
                                          QMessageBox::Ok, QMessageBox::Ok, [](MessageBoxes::Answer) {},
                                          error.details());
                }
                emit deletionFinished(ok, message);
            });
    deletion->start();
}

QString SourceActions::deleteFailureText(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Conflict || error.code() == u"BX_ERROR"_s)
        return tr("The portal refused to delete the source because datasets still belong to it (\"Cannot delete "
                  "source. Delete all related datasets first.\"). Someone may have added one meanwhile: refresh "
                  "the source to see its datasets, then delete again and include them.");
    return tr("The deletion stopped: %1").arg(error.userMessage());
}
