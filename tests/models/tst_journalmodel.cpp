#include "models/journal/journalmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJournalModel : public QObject
{
    Q_OBJECT
private:
    static JournalEntry entry(const QString &method, int status, const QString &code = {})
    {
        JournalEntry e;
        e.startedAt = QDateTime::currentDateTime();
        e.method = method;
        e.httpStatus = status;
        e.errorCode = code;
        e.durationMs = 12;
        e.requestBytes = 100;
        e.responseBytes = 924;
        return e;
    }

private slots:
    void followsTheJournal()
    {
        RequestJournal journal;
        journal.setCapacity(3);
        journal.record(entry(u"biconnector.connector.list"_s, 200));
        JournalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJournal(&journal);
        QCOMPARE(model.rowCount(), 1);

        JournalEntry batch = entry(u"batch"_s, 200);
        batch.commandMethods = {u"biconnector.source.list"_s, u"biconnector.source.list"_s};
        batch.innerErrorCount = 1;
        journal.record(batch);
        journal.record(entry(u"biconnector.source.add"_s, 200, u"SOURCE_CREATE_CONNECTION_ERROR"_s));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(1, JournalModel::MethodColumn).data().toString().startsWith(u"batch (2 command"_s));
        QVERIFY(model.index(1, 0).data(JournalModel::FailedRole).toBool());
        QCOMPARE(model.index(2, JournalModel::ErrorColumn).data().toString(), u"SOURCE_CREATE_CONNECTION_ERROR"_s);
        QVERIFY(!model.index(0, 0).data(JournalModel::FailedRole).toBool());
        QCOMPARE(model.index(0, JournalModel::StatusColumn).data().toString(), u"200"_s);

        // The ring buffer drops the oldest entry; so does the model.
        journal.record(entry(u"biconnector.dataset.get"_s, 0, u"TIMEOUT"_s));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.entryAt(0).method, u"batch"_s);
        QCOMPARE(model.entryAt(2).errorCode, u"TIMEOUT"_s);
        QCOMPARE(model.index(2, JournalModel::StatusColumn).data().toString(), u"—"_s);

        journal.clear();
        QCOMPARE(model.rowCount(), 0);
        model.setJournal(nullptr);
        journal.record(entry(u"x"_s, 200));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJournalModel)
#include "tst_journalmodel.moc"
