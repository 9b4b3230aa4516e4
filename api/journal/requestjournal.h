#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <deque>

// One HTTP exchange as the user may inspect it. Every secret is already redacted
// (SecretRedaction) before an entry is built; the access token is never part of an entry.
struct JournalEntry
{
    quint64 sequence = 0;          // assigned by the journal, increasing
    QDateTime startedAt;
    QString method;                // REST method, "batch" or "oauth/token"
    QStringList commandMethods;    // for a batch: the method of each command, in order
    int attempt = 1;               // 1 for the first send, 2.. for resends of the same request
    QUrl url;                      // without secrets
    int httpStatus = 0;            // 0 when no HTTP reply arrived
    QString errorCode;             // the portal's code, or a transport marker such as "TIMEOUT"
    int innerErrorCount = 0;       // batch commands that came back with an error
    qint64 durationMs = 0;
    qint64 requestBytes = 0;
    qint64 responseBytes = 0;
    QJsonObject requestParams;     // redacted
    QJsonValue response;           // redacted JSON reply; null when the body was not JSON

    int commandCount() const { return commandMethods.isEmpty() ? 1 : int(commandMethods.size()); }
    bool isBatch() const { return method == QLatin1StringView("batch"); }
};

Q_DECLARE_METATYPE(JournalEntry)

// The last N HTTP exchanges of one portal session (a ring buffer) plus a running count of all of
// them. Producers call record(); views listen to recorded().
class RequestJournal : public QObject
{
    Q_OBJECT
public:
    explicit RequestJournal(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

    // Stores the entry (assigning its sequence number) and emits recorded().
    void record(JournalEntry entry);
    QList<JournalEntry> entries() const;
    // Every exchange recorded since construction or the last resetCount(), including evicted ones.
    quint64 totalRecorded() const { return m_total; }
    void resetCount() { m_total = 0; }
    void clear();

signals:
    void recorded(const JournalEntry &entry);
    void cleared();

private:
    std::deque<JournalEntry> m_entries;
    int m_capacity = 500;
    quint64 m_total = 0;
    quint64 m_nextSequence = 1;
};
