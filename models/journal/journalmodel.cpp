#include "models/journal/journalmodel.h"

#include "models/tables/datasize.h"

#include <QLocale>

using namespace Qt::StringLiterals;

JournalModel::JournalModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JournalModel::setJournal(RequestJournal *journal)
{
    if (m_journal)
        m_journal->disconnect(this);
    beginResetModel();
    m_journal = journal;
    m_rows.clear();
    if (journal) {
        const QList<JournalEntry> entries = journal->entries();
        m_rows.assign(entries.cbegin(), entries.cend());
    }
    endResetModel();
    if (!journal)
        return;
    connect(journal, &RequestJournal::recorded, this, &JournalModel::append);
    connect(journal, &RequestJournal::cleared, this, [this] {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    });
}

void JournalModel::append(const JournalEntry &entry)
{
    const int capacity = m_journal ? m_journal->capacity() : 500;
    if (int(m_rows.size()) >= capacity && !m_rows.empty()) {
        const int drop = int(m_rows.size()) - capacity + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + drop);
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(entry);
    endInsertRows();
}

JournalEntry JournalModel::entryAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return m_rows[size_t(row)];
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalModel::methodLabel(const JournalEntry &entry)
{
    if (!entry.isBatch())
        return entry.method;
    return tr("batch (%n command(s))", nullptr, entry.commandCount());
}

bool JournalModel::isFailure(const JournalEntry &entry)
{
    return !entry.errorCode.isEmpty() || entry.httpStatus == 0 || entry.httpStatus >= 400
           || entry.innerErrorCount > 0;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const JournalEntry &entry = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.startedAt.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
        case MethodColumn:
            return methodLabel(entry);
        case StatusColumn:
            return entry.httpStatus == 0 ? tr("—") : QString::number(entry.httpStatus);
        case ErrorColumn:
            if (entry.innerErrorCount > 0 && entry.errorCode.isEmpty())
                return tr("%n inner error(s)", nullptr, entry.innerErrorCount);
            return entry.errorCode;
        case DurationColumn:
            return tr("%1 ms").arg(entry.durationMs);
        case BytesColumn:
            return formatDataSize(entry.requestBytes + entry.responseBytes);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MethodColumn && entry.isBatch())
            return entry.commandMethods.join(u'\n');
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == BytesColumn || index.column() == StatusColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EntryRole:
        return QVariant::fromValue(entry);
    case FailedRole:
        return isFailure(entry);
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case StatusColumn:
        return tr("HTTP");
    case ErrorColumn:
        return tr("Error");
    case DurationColumn:
        return tr("Duration");
    case BytesColumn:
        return tr("Size");
    }
    return {};
}
