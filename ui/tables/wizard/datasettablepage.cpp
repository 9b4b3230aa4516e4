#include "ui/tables/wizard/datasettablepage.h"

#include "ui/tables/wizard/datasetdraft.h"
#include "ui/tables/wizard/datasetsourceendpoint.h"
#include "ui/widgets/uipalette.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int TableRole = Qt::UserRole + 1;  // index into the listed tables
}

DatasetTablePage::DatasetTablePage(DatasetDraft *draft, const QString &sourceTitle, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_search(new QLineEdit(this))
    , m_tables(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_delay(new QTimer(this))
{
    setObjectName(u"datasetTablePage"_s);
    setTitle(tr("Choose a table"));
    showSourceTitle(sourceTitle);

    m_search->setObjectName(u"datasetTableSearch"_s);
    m_search->setPlaceholderText(tr("Search tables…"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    m_tables->setObjectName(u"datasetTableList"_s);
    m_tables->setColumnCount(2);
    m_tables->setHeaderLabels({tr("Code"), tr("Title")});
    m_tables->setRootIsDecorated(false);
    m_tables->setUniformRowHeights(true);
    m_tables->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_status->setObjectName(u"datasetTableStatus"_s);
    m_status->setWordWrap(true);
    m_retry->setObjectName(u"datasetTableRetry"_s);
    m_retry->hide();

    m_delay->setSingleShot(true);
    m_delay->setInterval(SearchDelayMs);
    connect(m_delay, &QTimer::timeout, this, &DatasetTablePage::search);
    connect(m_search, &QLineEdit::textChanged, this, &DatasetTablePage::onTextEdited);
    connect(m_retry, &QPushButton::clicked, this, &DatasetTablePage::search);
    connect(m_tables, &QTreeWidget::currentItemChanged, this, &DatasetTablePage::completeChanged);
    connect(m_tables, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (isComplete() && wizard())
            wizard()->next();
    });

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_tables, 1);
    layout->addLayout(statusRow);
    setTabOrder(m_search, m_tables);
}

DatasetTablePage::~DatasetTablePage()
{
    if (m_call)
        m_call->cancel();
}

void DatasetTablePage::initializePage()
{
    if (m_started)
        return;
    m_started = true;
    m_draft->loadExistingNames();
    search();
    m_search->setFocus();
}

void DatasetTablePage::onTextEdited()
{
    // New input makes the running search pointless: cancel it now, search once the user pauses.
    if (m_call)
        m_call->cancel();
    m_delay->start();
}

void DatasetTablePage::search()
{
    m_delay->stop();
    if (m_call)
        m_call->cancel();
    DatasetSourceEndpoint *endpoint = m_draft->endpoint();
    if (!endpoint->isReady()) {
        showStatus(tr("Reading the source…"), false);
        if (endpoint->state() != DatasetSourceEndpoint::State::Resolving) {
            connect(endpoint, &DatasetSourceEndpoint::resolved, this, [this, endpoint](bool ok) {
                if (ok)
                    search();
                else
                    showStatus(endpoint->errorText(), true);
            }, Qt::SingleShotConnection);
            endpoint->resolve();
        }
        return;
    }
    showSourceTitle(endpoint->sourceTitle());
    const QString text = m_search->text().trimmed();
    m_call = endpoint->tableList(text.isEmpty() ? std::nullopt : std::optional<QString>(text));
    showStatus(text.isEmpty() ? tr("Loading tables…") : tr("Searching for “%1”…").arg(text), false);
    connect(m_call, &EndpointCall::finished, this,
            [this, text](const EndpointResult &result) { showTables(text, result); });
}

void DatasetTablePage::showTables(const QString &searched, const EndpointResult &result)
{
    if (result.canceled)
        return;
    m_call = nullptr;   // finished (it deletes itself later)
    if (!result.isAccepted()) {
        m_tables->clear();
        showStatus(tr("Could not list the tables. %1").arg(DatasetSourceEndpoint::problemText(result)), true);
        emit completeChanged();
        return;
    }
    const QString previous = m_draft->table().code;
    m_tables->clear();
    for (int i = 0; i < result.tables.size(); ++i) {
        const EndpointTable &table = result.tables.at(i);
        auto *item = new QTreeWidgetItem(m_tables, {table.code, table.title});
        item->setData(0, TableRole, QVariant::fromValue(QStringList{table.id, table.code, table.title}));
        if (table.code == previous)
            m_tables->setCurrentItem(item);
    }
    if (result.tables.isEmpty())
        showStatus(searched.isEmpty() ? tr("The connector offers no tables.")
                                      : tr("No tables match “%1”.").arg(searched),
                   false);
    else
        showStatus(tr("%n table(s).", nullptr, int(result.tables.size())), false);
    if (!m_tables->currentItem() && m_tables->topLevelItemCount() == 1)
        m_tables->setCurrentItem(m_tables->topLevelItem(0));
    emit completeChanged();
}

void DatasetTablePage::showSourceTitle(const QString &title)
{
    setSubTitle(title.isEmpty() ? tr("Tables that the source's connector offers. Type to search on the connector's side.")
                                : tr("Tables that the connector of “%1” offers. Type to search on the connector's side.")
                                      .arg(title));
}

void DatasetTablePage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    UiPalette::setMessageRole(m_status, error ? UiPalette::Role::Error : UiPalette::Role::Normal);
    m_retry->setVisible(error);
}

bool DatasetTablePage::isComplete() const
{
    return m_tables->currentItem() != nullptr;
}

bool DatasetTablePage::validatePage()
{
    const QStringList table = m_tables->currentItem()->data(0, TableRole).toStringList();
    m_draft->setTable(EndpointTable{table.value(0), table.value(1), table.value(2)});
    return true;
}
