#pragma once

#include "api/journal/requestjournal.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <deque>

// The request journal as a table: one row per HTTP exchange, newest last. Follows the journal's
// ring buffer: when the journal drops its oldest entry, so does the model.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, MethodColumn, StatusColumn, ErrorColumn, DurationColumn, BytesColumn, ColumnCount };
    enum Role { EntryRole = Qt::UserRole + 1, FailedRole };

    explicit JournalModel(QObject *parent = nullptr);

    void setJournal(RequestJournal *journal);
    RequestJournal *journal() const { return m_journal; }
    JournalEntry entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString methodLabel(const JournalEntry &entry);
    static bool isFailure(const JournalEntry &entry);

private:
    void append(const JournalEntry &entry);

    QPointer<RequestJournal> m_journal;
    std::deque<JournalEntry> m_rows;
};
