#include "ui/tables/datasetfieldseditor.h"

#include "api/entities/biconnectorapi.h"
#include "api/transport/portalsession.h"
#include "models/operations/datasetoperations.h"
#include "models/tables/datasetfieldsmodel.h"
#include "ui/tables/datasetaddfielddialog.h"
#include "ui/tables/datasetmatchdialog.h"
#include "ui/tables/fieldscheckheader.h"
#include "ui/widgets/statecolordelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DatasetFieldsEditor::DatasetFieldsEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new DatasetFieldsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_toolBar(new QToolBar(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_counts(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"datasetFieldsEditor"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *header = new FieldsCheckHeader(m_view);
    m_view->setHorizontalHeader(header);
    // Kept as "datasetFields": the browser's GUI test finds the fields table by this name.
    m_view->setObjectName(u"datasetFields"_s);
    m_view->setModel(m_proxy);
    StateColorDelegate::install(m_view, ItemStateColors::datasetFields);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    header->setSectionResizeMode(DatasetFieldsModel::VisibleColumn, QHeaderView::Fixed);
    header->resizeSection(DatasetFieldsModel::VisibleColumn, header->checkSectionWidth());
    header->setSectionResizeMode(DatasetFieldsModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(DatasetFieldsModel::TypeColumn, 80);
    header->resizeSection(DatasetFieldsModel::ExternalCodeColumn, 200);
    header->resizeSection(DatasetFieldsModel::IdColumn, 70);

    m_toolBar->setObjectName(u"datasetFieldsToolbar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    QAction *show = makeAction(tr("Show"), u"datasetShowFields"_s, {}, &DatasetFieldsEditor::showSelected);
    show->setToolTip(tr("Show the selected fields in BI Builder"));
    QAction *hide = makeAction(tr("Hide"), u"datasetHideFields"_s, {}, &DatasetFieldsEditor::hideSelected);
    hide->setToolTip(tr("Hide the selected fields from BI Builder"));
    QAction *toggle = makeAction(tr("Toggle"), u"datasetToggleFields"_s, QKeySequence(Qt::Key_Space),
                                 &DatasetFieldsEditor::toggleSelected);
    toggle->setToolTip(tr("Show the selected fields, or hide them when all are visible (Space)"));
    QAction *invert = makeAction(tr("Invert"), u"datasetInvertFields"_s, {}, &DatasetFieldsEditor::invert);
    invert->setToolTip(tr("Swap shown and hidden (of the selected fields when several are selected, else of all)"));
    m_toolBar->addSeparator();
    makeAction(tr("Show matching…"), u"datasetShowMatching"_s, {}, &DatasetFieldsEditor::showMatching)
        ->setToolTip(tr("Show the fields whose name or type matches a pattern"));
    makeAction(tr("Hide matching…"), u"datasetHideMatching"_s, {}, &DatasetFieldsEditor::hideMatching)
        ->setToolTip(tr("Hide the fields whose name or type matches a pattern, e.g. *_ID"));
    m_toolBar->addSeparator();
    makeAction(tr("Add field…"), u"datasetAddField"_s, QKeySequence(Qt::Key_Insert), &DatasetFieldsEditor::addField)
        ->setToolTip(tr("Add a column of the connector's table (Insert)"));
    makeAction(tr("Delete"), u"datasetDeleteFields"_s, QKeySequence::Delete, &DatasetFieldsEditor::deleteSelected)
        ->setToolTip(tr("Delete the selected fields when the changes are applied (Delete)"));
    m_toolBar->addSeparator();

    // Fixed texts (the toolbar keeps its layout); the tooltips name the step.
    QUndoStack *stack = m_model->undoStack();
    m_undo = new QAction(tr("Undo"), this);
    m_undo->setObjectName(u"datasetUndo"_s);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QAction(tr("Redo"), this);
    m_redo->setObjectName(u"datasetRedo"_s);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &DatasetFieldsEditor::updateState);
    for (QAction *action : {m_undo, m_redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        m_toolBar->addAction(action);
    }
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_revert = makeAction(tr("Revert"), u"datasetRevertFields"_s, {}, &DatasetFieldsEditor::revert);
    m_revert->setToolTip(tr("Forget every pending change"));
    m_apply = new QAction(tr("Apply"), this);
    m_apply->setObjectName(u"datasetApplyFields"_s);
    m_apply->setShortcut(QKeySequence::Save);
    m_apply->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_apply->setToolTip(tr("Send every pending change to the portal in one request (Ctrl+S)"));
    connect(m_apply, &QAction::triggered, this, [this] { apply(); });
    addAction(m_apply);
    m_toolBar->addAction(m_apply);
    m_editActions.removeOne(m_revert);

    m_filter->setObjectName(u"datasetFieldsFilter"_s);
    m_filter->setPlaceholderText(tr("Filter fields…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_counts->setObjectName(u"datasetFieldCount"_s);
    m_pending->setObjectName(u"datasetPendingLabel"_s);
    UiPalette::setMessageRole(m_pending, UiPalette::Role::Changed, UiPalette::Emphasis::Bold);
    m_error->setObjectName(u"datasetApplyError"_s);
    m_error->setWordWrap(true);
    UiPalette::setMessageRole(m_error, UiPalette::Role::Error);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_counts);
    statusRow->addStretch(1);
    statusRow->addWidget(m_pending);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_error);

    connect(m_model, &DatasetFieldsModel::pendingChangesChanged, this, &DatasetFieldsEditor::pendingChangesChanged);
    connect(m_model, &DatasetFieldsModel::pendingChangesChanged, this, &DatasetFieldsEditor::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DatasetFieldsEditor::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DatasetFieldsEditor::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DatasetFieldsEditor::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DatasetFieldsEditor::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DatasetFieldsEditor::updateState);
    updateState();
}

DatasetFieldsEditor::~DatasetFieldsEditor()
{
    if (m_applyCall)
        m_applyCall->cancel();
    // The model and its undo stack die after this object: their last signals must not reach it.
    m_model->undoStack()->disconnect(this);
    m_model->disconnect(this);
}

DatasetMatchDialog *DatasetFieldsEditor::matchDialog() const
{
    return m_matchDialog;
}

DatasetAddFieldDialog *DatasetFieldsEditor::addFieldDialog() const
{
    return m_addDialog;
}

QAction *DatasetFieldsEditor::makeAction(const QString &text, const QString &objectName, const QKeySequence &shortcut,
                                         void (DatasetFieldsEditor::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        // Only while the fields table has the focus: Space and Delete mean other things elsewhere.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    connect(action, &QAction::triggered, this, slot);
    m_toolBar->addAction(action);
    m_editActions.append(action);
    return action;
}

void DatasetFieldsEditor::setSession(PortalSession *session)
{
    if (m_applyCall)
        m_applyCall->cancel();
    m_session = session;
}

void DatasetFieldsEditor::setDataset(qint64 datasetId, const QList<DatasetField> &fields)
{
    m_datasetId = datasetId;
    m_model->setFields(fields);
    m_awaitingReload = false;
    m_error->hide();
    updateState();
}

void DatasetFieldsEditor::clear()
{
    setDataset(0, {});
}

bool DatasetFieldsEditor::hasPendingChanges() const
{
    return m_model->hasPendingChanges();
}

QList<int> DatasetFieldsEditor::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_proxy->mapToSource(m_view->currentIndex()).row());
    return rows;
}

void DatasetFieldsEditor::showSelected()
{
    m_model->setVisible(selectedRows(), true);
}

void DatasetFieldsEditor::hideSelected()
{
    m_model->setVisible(selectedRows(), false);
}

void DatasetFieldsEditor::toggleSelected()
{
    m_model->toggleVisible(selectedRows());
}

void DatasetFieldsEditor::invert()
{
    const QList<int> rows = selectedRows();
    m_model->invertVisible(rows.size() > 1 ? rows : QList<int>());
}

void DatasetFieldsEditor::showMatching()
{
    openMatchDialog(true);
}

void DatasetFieldsEditor::hideMatching()
{
    openMatchDialog(false);
}

void DatasetFieldsEditor::openMatchDialog(bool show)
{
    auto *dialog = new DatasetMatchDialog(m_model, show, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_matchDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_model->setVisibleMatching(dialog->match(), dialog->showsFields());
    });
    dialog->open();
}

void DatasetFieldsEditor::addField()
{
    auto *dialog = new DatasetAddFieldDialog(m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_addDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ValidationResult result = m_model->addField(dialog->field());
        if (!result.isValid()) {
            m_error->setText(result.message);
            m_error->show();
            return;
        }
        m_view->scrollToBottom();
    });
    dialog->open();
}

void DatasetFieldsEditor::deleteSelected()
{
    m_model->deleteFields(selectedRows());
}

void DatasetFieldsEditor::revert()
{
    m_model->revert();
    m_error->hide();
}

void DatasetFieldsEditor::apply(std::function<void(bool)> done)
{
    if (isApplying()) {
        if (done)
            done(false);
        return;
    }
    const DatasetFieldsChange change = m_model->pendingChange();
    if (change.isEmpty()) {
        if (done)
            done(true);
        return;
    }
    m_applyDone = std::move(done);
    if (!m_session || m_datasetId <= 0) {
        finishApply(false, tr("Not connected to a portal."));
        return;
    }
    m_error->hide();
    // An error may come after the portal committed (a lost reply, or the Superset sync failing after
    // the commit, §3.8): the operation reads the dataset back before saying nothing happened.
    auto *operation = new DatasetColumnsUpdate(m_session->biconnector(), nullptr, m_datasetId, QString(), change, this);
    m_applyCall = operation;
    connect(operation, &PortalOperation::finished, this, [this, operation, change](const PortalOperation::Result &result) {
        operation->deleteLater();
        m_applyCall = nullptr;
        if (result.applied()) {
            const bool added = !change.add.isEmpty() && !result.settledByReadBack;
            m_model->setFields(result.settledByReadBack ? result.dataset.fields : m_model->fieldsAfterChange());
            // New columns have no ids until the pane reads the dataset again: stay read-only.
            m_awaitingReload = added;
            finishApply(true, {});
            emit applied(added);
            return;
        }
        // Read back and not there: a lost answer is no longer a mystery.
        const bool lost = result.error.kind() == ApiError::Kind::Ambiguous;
        finishApply(false, result.outcome == PortalOperation::Outcome::Unknown ? result.message()
                           : result.settledByReadBack && lost
                               ? tr("The portal did not answer, and the dataset shows the changes were not made.")
                               : result.error.userMessage());
    });
    operation->start();
    updateState();
}

void DatasetFieldsEditor::finishApply(bool ok, const QString &error)
{
    if (!ok) {
        m_error->setText(tr("The changes were not applied: %1 They are still pending; you can try again.").arg(error));
        m_error->show();
    }
    updateState();
    if (auto done = std::exchange(m_applyDone, {}))
        done(ok);
}

void DatasetFieldsEditor::updateState()
{
    const bool busy = isApplying();
    const int pending = m_model->pendingChangeCount();
    m_counts->setText(tr("%n field(s), %1 visible in BI Builder", nullptr, m_model->rowCount()).arg(m_model->visibleCount()));
    m_pending->setText(pending > 0 ? tr("%n pending change(s)", nullptr, pending) : QString());
    m_pending->setVisible(pending > 0);
    m_apply->setText(busy ? tr("Applying…") : tr("Apply"));
    m_apply->setEnabled(!busy && pending > 0);
    m_revert->setEnabled(!busy && pending > 0);
    const bool editable = !busy && !m_awaitingReload && m_datasetId > 0;
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(editable);
    m_view->setEnabled(!busy && !m_awaitingReload);
    const QUndoStack *stack = m_model->undoStack();
    m_undo->setEnabled(editable && stack->canUndo());
    m_undo->setToolTip(stack->canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(stack->undoText()) : tr("Nothing to undo"));
    m_redo->setEnabled(editable && stack->canRedo());
    m_redo->setToolTip(stack->canRedo() ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(stack->redoText()) : tr("Nothing to redo"));
}
