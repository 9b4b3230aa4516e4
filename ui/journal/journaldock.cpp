#include "ui/journal/journaldock.h"

#include "api/journal/curlcommand.h"
#include "models/journal/journalmodel.h"
#include "ui/widgets/statecolordelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The text filter (any column) plus "errors only" (JournalModel::FailedRole).
class JournalFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setErrorsOnly(bool errorsOnly)
    {
        if (m_errorsOnly == errorsOnly)
            return;
        m_errorsOnly = errorsOnly;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_errorsOnly
            && !sourceModel()->index(sourceRow, 0, sourceParent).data(JournalModel::FailedRole).toBool())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    bool m_errorsOnly = false;
};

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    return {};
}

QJsonObject entryJson(const JournalEntry &entry)
{
    return QJsonObject{
        {u"sequence"_s, qint64(entry.sequence)},
        {u"startedAt"_s, entry.startedAt.toString(Qt::ISODateWithMs)},
        {u"method"_s, entry.method},
        {u"commandMethods"_s, QJsonArray::fromStringList(entry.commandMethods)},
        {u"attempt"_s, entry.attempt},
        {u"url"_s, entry.url.toString(QUrl::FullyEncoded)},
        {u"httpStatus"_s, entry.httpStatus},
        {u"errorCode"_s, entry.errorCode},
        {u"innerErrorCount"_s, entry.innerErrorCount},
        {u"durationMs"_s, entry.durationMs},
        {u"requestBytes"_s, entry.requestBytes},
        {u"responseBytes"_s, entry.responseBytes},
        {u"request"_s, entry.requestParams},
        {u"response"_s, entry.response},
    };
}

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

JournalDock::JournalDock(QWidget *parent)
    : QDockWidget(tr("Request journal"), parent)
    , m_model(new JournalModel(this))
    , m_proxy(new JournalFilterProxy(this))
{
    setObjectName(u"journalDock"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    m_filter = new QLineEdit(content);
    m_filter->setObjectName(u"journalFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by method or error code"));
    m_filter->setClearButtonEnabled(true);
    m_errorsOnly = new QCheckBox(tr("Errors only"), content);
    m_errorsOnly->setObjectName(u"journalErrorsOnly"_s);

    m_copyCurl = new QAction(tr("Copy as cURL"), this);
    m_copyCurl->setObjectName(u"journalCopyCurl"_s);
    m_copyCurl->setToolTip(tr("Copy a curl command repeating the selected request; secrets appear as "
                              "placeholders such as {{ACCESS_TOKEN}}"));
    m_copyResponse = new QAction(tr("Copy response"), this);
    m_copyResponse->setObjectName(u"journalCopyResponse"_s);
    m_saveJson = new QAction(tr("Save journal as JSON…"), this);
    m_saveJson->setObjectName(u"journalSaveJson"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_errorsOnly);
    bar->addWidget(actionButton(m_copyCurl, content));
    bar->addWidget(actionButton(m_copyResponse, content));
    bar->addWidget(actionButton(m_saveJson, content));
    m_status = new QLabel(content);
    m_status->setObjectName(u"journalStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_view = new QTableView(content);
    m_view->setObjectName(u"journalView"_s);
    m_view->setModel(m_proxy);
    StateColorDelegate::install(m_view, ItemStateColors::journal);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(JournalModel::MethodColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    m_details = new QPlainTextEdit(content);
    m_details->setObjectName(u"journalDetails"_s);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a request to see what was sent and received (secrets redacted)."));
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_details->setFont(mono);

    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 460});
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    setWidget(content);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_errorsOnly, &QCheckBox::toggled, m_proxy, &JournalFilterProxy::setErrorsOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalDock::showDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalDock::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &JournalDock::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &JournalDock::updateActions);
    connect(m_copyCurl, &QAction::triggered, this, &JournalDock::copyAsCurl);
    connect(m_copyResponse, &QAction::triggered, this, &JournalDock::copyResponse);
    connect(m_saveJson, &QAction::triggered, this, &JournalDock::askSaveFileName);
    connect(m_view, &QWidget::customContextMenuRequested, this, &JournalDock::showContextMenu);
    // Follow new entries while the user is at the bottom.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_view->currentIndex().isValid())
            m_view->scrollToBottom();
    });
    updateActions();
}

void JournalDock::setJournal(RequestJournal *journal)
{
    m_model->setJournal(journal);
    m_details->clear();
    m_status->clear();
    updateActions();
}

std::optional<JournalEntry> JournalDock::currentEntry() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_model->entryAt(current.row());
}

void JournalDock::updateActions()
{
    const bool selected = m_view->currentIndex().isValid();
    m_copyCurl->setEnabled(selected);
    m_copyResponse->setEnabled(selected);
}

void JournalDock::copyAsCurl()
{
    if (const auto entry = currentEntry()) {
        QGuiApplication::clipboard()->setText(CurlCommand::fromEntry(*entry));
        m_status->setText(tr("Copied a curl command; replace %1 with a valid access token before running it.")
                              .arg(CurlCommand::accessTokenPlaceholder()));
    }
}

void JournalDock::copyResponse()
{
    if (const auto entry = currentEntry()) {
        QGuiApplication::clipboard()->setText(jsonText(entry->response));
        m_status->setText(tr("Copied the response."));
    }
}

QByteArray JournalDock::journalJson() const
{
    QJsonArray entries;
    for (int row = 0; row < m_model->rowCount(); ++row)
        entries.append(entryJson(m_model->entryAt(row)));
    return QJsonDocument(entries).toJson(QJsonDocument::Indented);
}

bool JournalDock::saveJournal(const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(journalJson()) < 0 || !file.commit()) {
        m_status->setText(tr("Could not save the journal to %1: %2").arg(fileName, file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %n request(s) to %1.", nullptr, m_model->rowCount()).arg(fileName));
    return true;
}

void JournalDock::askSaveFileName()
{
    if (!m_testSaveFileName.isEmpty()) {
        saveJournal(m_testSaveFileName);
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Save journal as JSON"), QString(), tr("JSON files (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    dialog->selectFile(u"request-journal.json"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &fileName) { saveJournal(fileName); });
    dialog->open();
}

void JournalDock::showContextMenu(const QPoint &position)
{
    auto *menu = new QMenu(m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_copyCurl);
    menu->addAction(m_copyResponse);
    menu->addSeparator();
    menu->addAction(m_saveJson);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

void JournalDock::showDetails()
{
    const auto current = currentEntry();
    if (!current) {
        m_details->clear();
        return;
    }
    const JournalEntry &entry = *current;
    QString text = tr("%1 %2\nHTTP %3, %4 ms, sent %5 B, received %6 B\n")
                       .arg(JournalModel::methodLabel(entry), entry.url.toString())
                       .arg(entry.httpStatus)
                       .arg(entry.durationMs)
                       .arg(entry.requestBytes)
                       .arg(entry.responseBytes);
    if (!entry.errorCode.isEmpty())
        text += tr("Error: %1\n").arg(entry.errorCode);
    text += u"\n"_s + tr("Request:") + u"\n"_s
            + QString::fromUtf8(QJsonDocument(entry.requestParams).toJson(QJsonDocument::Indented));
    text += u"\n"_s + tr("Response:") + u"\n"_s;
    const QString response = jsonText(entry.response);
    text += response.isEmpty() ? tr("(no JSON body)") : response;
    m_details->setPlainText(text);
}
