#include "api/journal/requestjournal.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestJournal : public QObject
{
    Q_OBJECT
private slots:
    void ringBufferKeepsTheNewest()
    {
        RequestJournal journal;
        journal.setCapacity(3);
        QSignalSpy recorded(&journal, &RequestJournal::recorded);
        for (int i = 0; i < 5; ++i) {
            JournalEntry entry;
            entry.method = u"m"_s + QString::number(i);
            journal.record(entry);
        }
        QCOMPARE(recorded.size(), 5);
        QCOMPARE(recorded.last().first().value<JournalEntry>().sequence, quint64(5));
        const QList<JournalEntry> entries = journal.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().method, u"m2"_s);
        QCOMPARE(entries.last().method, u"m4"_s);
        QCOMPARE(entries.first().sequence, quint64(3));
        QCOMPARE(journal.totalRecorded(), quint64(5));

        journal.setCapacity(1);
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(journal.entries().first().method, u"m4"_s);
        QSignalSpy cleared(&journal, &RequestJournal::cleared);
        journal.clear();
        QCOMPARE(cleared.size(), 1);
        QVERIFY(journal.entries().isEmpty());
        QCOMPARE(journal.totalRecorded(), quint64(5));
    }

    void batchEntries()
    {
        JournalEntry single;
        single.method = u"biconnector.source.get"_s;
        QVERIFY(!single.isBatch());
        QCOMPARE(single.commandCount(), 1);
        JournalEntry batch;
        batch.method = u"batch"_s;
        batch.commandMethods = {u"biconnector.source.get"_s, u"biconnector.dataset.list"_s};
        QVERIFY(batch.isBatch());
        QCOMPARE(batch.commandCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRequestJournal)
#include "tst_requestjournal.moc"
