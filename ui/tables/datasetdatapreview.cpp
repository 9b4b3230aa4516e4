#include "ui/tables/datasetdatapreview.h"

#include "ui/tables/wizard/datasetsourceendpoint.h"
#include "ui/widgets/uipalette.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

DatasetDataPreview::DatasetDataPreview(QWidget *parent)
    : QWidget(parent)
    , m_limitRow(new QWidget(this))
    , m_limit(new QSpinBox(m_limitRow))
    , m_load(new QPushButton(tr("&Load"), m_limitRow))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_view(new QTableView(this))
    , m_rows(new QStandardItemModel(this))
{
    setObjectName(u"datasetDataPreview"_s);
    m_limit->setObjectName(u"previewLimit"_s);
    m_limit->setRange(1, MaxLimit);
    m_limit->setValue(DefaultLimit);
    m_limit->setToolTip(tr("How many rows to ask the connector for (at most %1).").arg(MaxLimit));
    m_load->setObjectName(u"previewLoad"_s);
    auto *limitLabel = new QLabel(tr("&Rows:"), m_limitRow);
    limitLabel->setBuddy(m_limit);
    auto *limitLayout = new QHBoxLayout(m_limitRow);
    limitLayout->setContentsMargins(0, 0, 0, 0);
    limitLayout->addWidget(limitLabel);
    limitLayout->addWidget(m_limit);
    limitLayout->addWidget(m_load);
    limitLayout->addStretch(1);
    m_limitRow->hide();
    connect(m_load, &QPushButton::clicked, this, &DatasetDataPreview::reload);

    m_status->setObjectName(u"previewStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"previewRetry"_s);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &DatasetDataPreview::reload);
    auto *statusLayout = new QHBoxLayout;
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(m_retry);

    m_view->setObjectName(u"previewTable"_s);
    m_view->setModel(m_rows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    auto *copy = new QAction(tr("&Copy"), m_view);
    copy->setObjectName(u"previewCopy"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &DatasetDataPreview::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_limitRow);
    layout->addLayout(statusLayout);
    layout->addWidget(m_view, 1);
}

DatasetDataPreview::~DatasetDataPreview()
{
    if (m_call)
        m_call->cancel();
}

void DatasetDataPreview::setLimitEditable(bool editable)
{
    m_limitRow->setVisible(editable);
}

int DatasetDataPreview::limit() const
{
    return m_limit->value();
}

void DatasetDataPreview::setLimit(int limit)
{
    m_limit->setValue(limit);
}

int DatasetDataPreview::rowCount() const
{
    return m_rows->rowCount();
}

void DatasetDataPreview::load(DatasetSourceEndpoint *endpoint, const QString &table, const QList<DatasetField> &fields)
{
    m_endpoint = endpoint;
    m_table = table;
    m_fields = fields;
    start();
}

void DatasetDataPreview::reload()
{
    start();
}

void DatasetDataPreview::start()
{
    if (m_call)
        m_call->cancel();
    m_rows->clear();
    if (m_fieldsSource)
        m_fields = m_fieldsSource();
    if (!m_endpoint) {
        showStatus(tr("Nothing to preview."), false);
        return;
    }
    if (m_fields.isEmpty()) {
        showStatus(tr("All columns are hidden: BI Builder would receive no data. Make at least one column "
                      "visible to preview it."),
                   false);
        emit loaded(true);
        return;
    }
    if (!m_endpoint->isReady()) {
        showStatus(tr("Reading the source…"), false);
        connect(m_endpoint, &DatasetSourceEndpoint::resolved, this, [this](bool ok) {
            if (ok) {
                start();
            } else {
                showStatus(m_endpoint->errorText(), true);
                emit loaded(false);
            }
        }, Qt::SingleShotConnection);
        m_endpoint->resolve();
        return;
    }
    EndpointDataRequest request;
    request.table = m_table;
    for (const DatasetField &field : std::as_const(m_fields))
        request.select.append(field.name);
    request.mapFields = EndpointDataRequest::mapFieldsFor(m_fields);
    request.limit = limit();
    m_call = m_endpoint->data(request);
    showStatus(tr("Loading up to %n row(s)…", nullptr, limit()), false);
    m_load->setEnabled(false);
    connect(m_call, &EndpointCall::finished, this, [this, call = m_call.data()](const EndpointResult &result) {
        if (m_call == call)
            m_call = nullptr;   // finished (it deletes itself later)
        showResult(result);
    });
}

void DatasetDataPreview::showResult(const EndpointResult &result)
{
    m_load->setEnabled(true);
    if (result.canceled)
        return;
    if (!result.isAccepted()) {
        showStatus(tr("Could not fetch table data. %1").arg(DatasetSourceEndpoint::problemText(result)), true);
        emit loaded(false);
        return;
    }
    // Column titles: the NAME the external code maps to (the header row carries external codes).
    QStringList titles;
    for (const QString &code : result.data.header) {
        const auto it = std::find_if(m_fields.cbegin(), m_fields.cend(),
                                     [&code](const DatasetField &field) { return field.externalCode == code; });
        titles.append(it != m_fields.cend() ? it->name : code);
    }
    m_rows->setColumnCount(int(titles.size()));
    m_rows->setHorizontalHeaderLabels(titles);
    for (int column = 0; column < result.data.header.size(); ++column)
        m_rows->horizontalHeaderItem(column)->setToolTip(tr("External code: %1").arg(result.data.header.at(column)));
    for (const QJsonArray &values : result.data.rows) {
        QList<QStandardItem *> items;
        for (const QJsonValue &value : values) {
            auto *item = new QStandardItem(value.isNull() ? QString() : value.toVariant().toString());
            if (value.isNull())
                item->setToolTip(tr("NULL"));
            items.append(item);
        }
        m_rows->appendRow(items);
    }
    m_view->resizeColumnsToContents();
    if (result.data.rows.isEmpty())
        showStatus(tr("The table is empty."), false);
    else
        showStatus(tr("%n row(s) from the connector; only the columns visible in BI Builder are shown.", nullptr,
                      int(result.data.rows.size())),
                   false);
    emit loaded(true);
}

void DatasetDataPreview::showMessage(const QString &message)
{
    if (m_call)
        m_call->cancel();
    m_rows->clear();
    showStatus(message, false);
}

void DatasetDataPreview::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    UiPalette::setMessageRole(m_status, error ? UiPalette::Role::Error : UiPalette::Role::Normal);
    m_retry->setVisible(error);
}

QString DatasetDataPreview::selectionAsText() const
{
    QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return {};
    std::sort(selected.begin(), selected.end());
    QList<int> columns;
    for (const QModelIndex &index : std::as_const(selected)) {
        if (!columns.contains(index.column()))
            columns.append(index.column());
    }
    std::sort(columns.begin(), columns.end());
    QStringList lines;
    QStringList header;
    for (const int column : std::as_const(columns))
        header.append(m_rows->headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(u'\t'));
    int row = -1;
    QStringList cells;
    for (const QModelIndex &index : std::as_const(selected)) {
        if (index.row() != row) {
            if (row >= 0)
                lines.append(cells.join(u'\t'));
            row = index.row();
            cells = QStringList(columns.size());
        }
        cells[columns.indexOf(index.column())] = index.data().toString();
    }
    lines.append(cells.join(u'\t'));
    return lines.join(u'\n');
}

void DatasetDataPreview::copySelection() const
{
    const QString text = selectionAsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}
