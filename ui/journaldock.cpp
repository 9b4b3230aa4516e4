#include "ui/journaldock.h"

#include "models/journalmodel.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

JournalDock::JournalDock(QWidget *parent)
    : QDockWidget(tr("Request journal"), parent)
    , m_model(new JournalModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"journalDock"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    m_filter = new QLineEdit(content);
    m_filter->setObjectName(u"journalFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by method or error code"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_view = new QTableView(content);
    m_view->setObjectName(u"journalView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(JournalModel::MethodColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setAlternatingRowColors(true);

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
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalDock::showDetails);
    // Follow new entries while the user is at the bottom.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_view->currentIndex().isValid())
            m_view->scrollToBottom();
    });
}

void JournalDock::setJournal(RequestJournal *journal)
{
    m_model->setJournal(journal);
    m_details->clear();
}

void JournalDock::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const JournalEntry entry = m_model->entryAt(current.row());
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
    if (entry.response.isObject())
        text += QString::fromUtf8(QJsonDocument(entry.response.toObject()).toJson(QJsonDocument::Indented));
    else if (entry.response.isArray())
        text += QString::fromUtf8(QJsonDocument(entry.response.toArray()).toJson(QJsonDocument::Indented));
    else
        text += tr("(no JSON body)");
    m_details->setPlainText(text);
}
