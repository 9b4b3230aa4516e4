#include "ui/tables/datasetsyncdialog.h"

#include "api/entities/biconnectorapi.h"
#include "api/transport/portalsession.h"
#include "models/operations/datasetoperations.h"
#include "ui/tables/wizard/datasetsourceendpoint.h"
#include "ui/widgets/uipalette.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

enum ItemColumn { ChangeColumn, NameColumn, DetailsColumn };
constexpr int ItemIndexRole = Qt::UserRole + 1;

QString kindText(FieldSyncItem::Kind kind)
{
    switch (kind) {
    case FieldSyncItem::Kind::NewColumn:
        return DatasetSyncDialog::tr("Add");
    case FieldSyncItem::Kind::VanishedColumn:
        return DatasetSyncDialog::tr("Delete");
    case FieldSyncItem::Kind::TypeChanged:
        return DatasetSyncDialog::tr("Delete + re-add");
    }
    return {};
}

} // namespace

DatasetSyncDialog::DatasetSyncDialog(PortalSession *session, const Dataset &dataset, qint64 sourceId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dataset(dataset)
    , m_endpoint(new DatasetSourceEndpoint(session, sourceId, this))
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_apply(new QPushButton(tr("&Apply chosen changes"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"datasetSyncDialog"_s);
    setWindowTitle(tr("Sync %1 with its source").arg(dataset.name));
    resize(760, 420);

    m_intro->setWordWrap(true);
    m_intro->setText(tr("Compares the fields of <b>%1</b> with what the connector describes for table <b>%2</b> now. "
                        "Column types cannot change in Bitrix24: a column whose type changed can only be deleted "
                        "and added again under a new name (reports that use the old name will lose it).")
                         .arg(dataset.name.toHtmlEscaped(), dataset.externalCode.toHtmlEscaped()));
    m_list->setObjectName(u"datasetSyncItems"_s);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Change"), tr("Field name"), tr("Details")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);
    m_list->header()->resizeSection(NameColumn, 200);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_status->setObjectName(u"datasetSyncStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"datasetSyncRetry"_s);
    m_retry->hide();
    m_apply->setObjectName(u"datasetSyncApply"_s);
    m_apply->setEnabled(false);
    m_buttons->addButton(m_apply, QDialogButtonBox::ActionRole);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_buttons);

    connect(m_retry, &QPushButton::clicked, this, &DatasetSyncDialog::start);
    connect(m_apply, &QPushButton::clicked, this, &DatasetSyncDialog::applyChosen);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemChanged, this, [this] {
        updateButtons();
        if (DatasetFieldsSync::check(items(), m_dataset.fields).isValid())
            showStatus(m_summary, false);
    });
    start();
}

DatasetSyncDialog::~DatasetSyncDialog()
{
    if (m_endpointCall)
        m_endpointCall->cancel();
}

QString DatasetSyncDialog::statusText() const
{
    return m_status->text();
}

void DatasetSyncDialog::start()
{
    m_retry->hide();
    m_list->clear();
    m_items.clear();
    showStatus(tr("Reading the connector's description of %1…").arg(m_dataset.externalCode), false);
    if (m_endpoint->isReady()) {
        describe();
        return;
    }
    connect(m_endpoint, &DatasetSourceEndpoint::resolved, this, [this](bool ok) {
        if (ok)
            describe();
        else
            showStatus(m_endpoint->errorText(), true);
    }, Qt::SingleShotConnection);
    m_endpoint->resolve();
}

void DatasetSyncDialog::describe()
{
    m_endpointCall = m_endpoint->tableDescription(m_dataset.externalCode);
    connect(m_endpointCall, &EndpointCall::finished, this, &DatasetSyncDialog::showDiff);
    updateButtons();
}

void DatasetSyncDialog::showDiff(const EndpointResult &result)
{
    m_endpointCall = nullptr;   // finished (it deletes itself later)
    if (result.canceled)
        return;
    if (!result.isAccepted()) {
        showStatus(tr("Could not read the table's columns. %1").arg(DatasetSourceEndpoint::problemText(result)), true);
        updateButtons();
        return;
    }
    m_items = DatasetFieldsSync::compare(m_dataset.fields, result.columns);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int i = 0; i < m_items.size(); ++i) {
        const FieldSyncItem &item = m_items.at(i);
        const bool adds = item.kind != FieldSyncItem::Kind::VanishedColumn;
        auto *row = new QTreeWidgetItem(m_list);
        row->setData(ChangeColumn, ItemIndexRole, i);
        row->setText(ChangeColumn, kindText(item.kind));
        row->setCheckState(ChangeColumn, item.chosen ? Qt::Checked : Qt::Unchecked);
        row->setText(NameColumn, adds ? item.newName : item.existing.name);
        row->setText(DetailsColumn, DatasetFieldsSync::describe(item));
        row->setToolTip(DetailsColumn, DatasetFieldsSync::describe(item));
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable | (adds ? Qt::ItemIsEditable : Qt::NoItemFlags));
        if (adds)
            row->setToolTip(NameColumn, tr("The name of the column to add; double-click to change it."));
    }
    m_summary = m_items.isEmpty() ? tr("The dataset matches its source: nothing to sync.")
                                  : tr("%n difference(s) found. Choose what to apply.", nullptr, int(m_items.size()));
    showStatus(m_summary, false);
    updateButtons();
}

QList<FieldSyncItem> DatasetSyncDialog::items() const
{
    QList<FieldSyncItem> items = m_items;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        FieldSyncItem &target = items[item->data(ChangeColumn, ItemIndexRole).toInt()];
        target.chosen = item->checkState(ChangeColumn) == Qt::Checked;
        if (target.kind != FieldSyncItem::Kind::VanishedColumn)
            target.newName = item->text(NameColumn).trimmed();
    }
    return items;
}

void DatasetSyncDialog::updateButtons()
{
    const QList<FieldSyncItem> chosen = items();
    const bool anyChosen = std::any_of(chosen.cbegin(), chosen.cend(), [](const FieldSyncItem &item) { return item.chosen; });
    const ValidationResult problem = DatasetFieldsSync::check(chosen, m_dataset.fields);
    m_apply->setEnabled(!isBusy() && anyChosen && problem.isValid());
    if (!problem.isValid() && !isBusy())
        showStatus(problem.message, true);
}

void DatasetSyncDialog::applyChosen()
{
    const QList<FieldSyncItem> chosen = items();
    if (ValidationResult problem = DatasetFieldsSync::check(chosen, m_dataset.fields); !problem.isValid()) {
        showStatus(problem.message, true);
        return;
    }
    m_calls = DatasetFieldsSync::plan(chosen);
    if (m_calls.isEmpty() || !m_session)
        return;
    m_list->setEnabled(false);
    runCall(0);
}

void DatasetSyncDialog::runCall(int index)
{
    if (index >= m_calls.size()) {
        showStatus(tr("Applied."), false);
        emit applied();
        accept();
        return;
    }
    showStatus(index == 0 ? tr("Applying…") : tr("Re-adding the columns whose type changed…"), false);
    auto *operation =
        new DatasetColumnsUpdate(m_session->biconnector(), nullptr, m_dataset.id, m_dataset.name, m_calls.at(index), this);
    m_apiCall = operation;
    updateButtons();
    connect(operation, &PortalOperation::finished, this, [this, operation, index](const PortalOperation::Result &result) {
        operation->deleteLater();
        m_apiCall = nullptr;
        if (!result.applied()) {
            m_list->setEnabled(true);
            showStatus(index == 0 ? tr("Nothing was changed: %1").arg(result.message())
                                  : tr("The old columns were deleted, but re-adding them failed: %1 Sync again to "
                                       "add them.")
                                        .arg(result.message()),
                       true);
            if (m_wroteSomething)
                emit applied();
            updateButtons();
            return;
        }
        m_wroteSomething = true;
        runCall(index + 1);
    });
    operation->start();
}

void DatasetSyncDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    UiPalette::setMessageRole(m_status, error ? UiPalette::Role::Error : UiPalette::Role::Normal);
    m_retry->setVisible(error && m_items.isEmpty() && m_calls.isEmpty());
}
