#include "ui/tables/datasetactions.h"

#include "api/entities/biconnectorapi.h"
#include "api/transport/portalsession.h"
#include "models/catalog/hierarchymodel.h"
#include "models/catalog/noderef.h"
#include "models/catalog/portalcatalog.h"
#include "models/operations/datasetoperations.h"
#include "ui/tables/datasetdetailpane.h"
#include "ui/tables/wizard/datasetwizard.h"
#include "ui/shell/detailstack.h"
#include "ui/shell/hierarchybrowser.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messageboxes.h"

#include <QAction>
#include <QMenu>
#include <QTreeView>

using namespace Qt::StringLiterals;

DatasetActions::DatasetActions(MainWindow *window)
    : QObject(window), m_window(window), m_newDataset(new QAction(tr("&Dataset…"), this))
{
    setObjectName(u"datasetActions"_s);
    m_newDataset->setObjectName(u"newDatasetAction"_s);
    m_newDataset->setIcon(QIcon(u":/models/icons/dataset.svg"_s));
    m_newDataset->setToolTip(tr("Create a dataset from a table of the selected source"));
    window->addNewAction(m_newDataset);
    connect(m_newDataset, &QAction::triggered, this, [this] { openWizard(currentSourceId()); });

    connect(window, &MainWindow::portalChanged, this, &DatasetActions::onPortalChanged);
    connect(window->browser(), &HierarchyBrowser::currentChanged, this, &DatasetActions::updateActions);
    connect(window->browser(), &HierarchyBrowser::contextMenuAboutToShow, this, &DatasetActions::addContextActions);
    window->details()->whenPaneBuilt<DatasetDetailPane>(this, [this](DatasetDetailPane *pane) {
        connect(pane, &DatasetDetailPane::deleteRequested, this, &DatasetActions::deleteDataset);
        pane->setSession(m_session, m_model);
    });
    onPortalChanged(window->session(), window->hierarchyModel());
}

DatasetWizard *DatasetActions::lastWizard() const
{
    return m_lastWizard;
}

void DatasetActions::onPortalChanged(PortalSession *session, HierarchyModel *model)
{
    disconnect(m_pendingReveal);
    m_session = session;
    m_model = model;
    if (auto *pane = m_window->details()->builtPane<DatasetDetailPane>())
        pane->setSession(session, model);
    updateActions();
}

qint64 DatasetActions::currentSourceId() const
{
    return m_window->browser()->currentNode().sourceId;
}

void DatasetActions::updateActions()
{
    const bool enabled = m_session && currentSourceId() > 0;
    m_newDataset->setEnabled(enabled);
    m_newDataset->setToolTip(enabled ? tr("Create a dataset from a table of the selected source")
                                     : tr("Select a source to create a dataset from it"));
}

void DatasetActions::addContextActions(QMenu *menu, const QModelIndex &sourceIndex)
{
    const NodeRef node = NodeRef::fromIndex(sourceIndex);
    if (!m_session || (!node.is(NodeKind::Source) && !node.is(NodeKind::Dataset)))
        return;
    const qint64 id = node.id;
    const qint64 sourceId = node.sourceId;
    menu->addSeparator();
    QAction *create = menu->addAction(tr("New dataset…"), this, [this, sourceId] { openWizard(sourceId); });
    create->setObjectName(u"contextNewDataset"_s);
    if (!node.is(NodeKind::Dataset))
        return;
    const QString name = sourceIndex.data(Qt::DisplayRole).toString();
    const QPersistentModelIndex persistent(sourceIndex);
    QAction *sync = menu->addAction(tr("Sync with source…"), this, [this, persistent] {
        m_window->browser()->selectSourceIndex(persistent);
        DatasetDetailPane *pane = m_window->details()->datasetPane();
        if (m_window->details()->currentPane() != pane)
            return;   // the selection stayed (unsaved changes elsewhere)
        if (pane->isComplete())
            pane->startSync();
        else
            connect(pane, &DatasetDetailPane::loaded, pane, &DatasetDetailPane::startSync, Qt::SingleShotConnection);
    });
    sync->setObjectName(u"contextSyncDataset"_s);
    QAction *remove = menu->addAction(tr("Delete dataset…"), this, [this, id, name] { deleteDataset(id, name); });
    remove->setObjectName(u"contextDeleteDataset"_s);
}

DatasetWizard *DatasetActions::openWizard(qint64 sourceId)
{
    if (!m_session || sourceId <= 0)
        return nullptr;
    const QModelIndex source = m_model ? m_model->indexFor(NodeKind::Source, sourceId) : QModelIndex();
    auto *wizard = new DatasetWizard(m_session, sourceId, source.data(Qt::DisplayRole).toString(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &DatasetWizard::created, this, &DatasetActions::revealDataset);
    m_lastWizard = wizard;
    wizard->open();
    return wizard;
}

void DatasetActions::revealDataset(const Dataset &dataset)
{
    if (!m_model)
        return;
    disconnect(m_pendingReveal);
    Dataset created = dataset;
    created.type = u"rest"_s;
    m_model->catalog()->putDataset(created);
    HierarchyBrowser *browser = m_window->browser();
    const QModelIndex found = m_model->indexFor(NodeKind::Dataset, dataset.id);
    if (found.isValid()) {
        browser->selectSourceIndex(found);
        return;
    }
    // The source's datasets were never listed: list them, then select the new one.
    const QModelIndex source = m_model->indexFor(NodeKind::Source, dataset.sourceId);
    if (!source.isValid())
        return;
    const qint64 id = dataset.id;
    m_pendingReveal = connect(m_model, &QAbstractItemModel::rowsInserted, this, [this, id] {
        const QModelIndex index = m_model->indexFor(NodeKind::Dataset, id);
        if (!index.isValid())
            return;
        disconnect(m_pendingReveal);
        m_window->browser()->selectSourceIndex(index);
    });
    browser->selectSourceIndex(source);
    browser->view()->expand(browser->view()->currentIndex());
    if (m_model->canFetchMore(source))
        m_model->fetchMore(source);
}

void DatasetActions::deleteDataset(qint64 id, const QString &name)
{
    if (!m_session || id <= 0)
        return;
    MessageBoxes::ask(
        m_window, QMessageBox::Warning, tr("Delete dataset"),
        tr("Delete the dataset “%1”?\n\nIts fields are deleted with it, and BI Builder reports built on it stop "
           "working. This cannot be undone.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, [this, id, name](MessageBoxes::Answer answer) {
            if (answer != QMessageBox::Yes || !m_session)
                return;
            auto *deletion = new DatasetDelete(m_session->biconnector(), nullptr, id, name, this);
            connect(deletion, &PortalOperation::finished, this,
                    [this, deletion, id, name](const PortalOperation::Result &result) {
                        deletion->deleteLater();
                        if (result.applied())
                            return removeFromTree(id);
                        // A lost answer was settled by reading the dataset back.
                        const bool stillThere = result.settledByReadBack
                                                && result.outcome == PortalOperation::Outcome::NotApplied;
                        reportDeleteFailure(name, stillThere
                                                      ? tr("The portal's answer was lost and the dataset still exists.")
                                                      : result.message());
                    });
            deletion->start();
        });
}

void DatasetActions::removeFromTree(qint64 id)
{
    DatasetDetailPane *pane = m_window->details()->builtPane<DatasetDetailPane>();
    if (pane && pane->entityId() == id)
        pane->discardChanges();
    if (m_model)
        m_model->catalog()->remove(NodeKind::Dataset, id);
}

void DatasetActions::reportDeleteFailure(const QString &name, const QString &message)
{
    MessageBoxes::ask(m_window, QMessageBox::Critical, tr("Delete dataset"),
                      tr("The dataset “%1” was not deleted: %2").arg(name, message), QMessageBox::Ok, QMessageBox::Ok,
                      [](MessageBoxes::Answer) {});
}
