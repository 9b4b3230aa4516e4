#include "support/sandboxfixture.h"

#include "api/transport/apicall.h"
#include "api/journal/requestjournal.h"
#include "api/transport/restclient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// Coalescing of reads issued in one event-loop turn into `batch` requests, and demultiplexing of
// their results and errors, against the sandbox.
class TestBatching : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_portal = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(m_portal->start(u"demo"_s, &error), qPrintable(error));
        const QList<QVariantMap> rows = m_portal->server().query(u"SELECT id FROM datasets ORDER BY id"_s);
        m_datasetIds.clear();
        for (const QVariantMap &row : rows)
            m_datasetIds.append(row.value(u"id"_s).toLongLong());
        QVERIFY(m_datasetIds.size() >= 5);
    }

    void cleanup() { m_portal.reset(); }

    void twentyGetsInOneTurnAreOneRequest()
    {
        CallRecorder calls;
        QList<qint64> asked;
        for (int i = 0; i < 20; ++i) {
            asked.append(m_datasetIds.at(i % m_datasetIds.size()));
            calls.add(m_portal->client()->call(u"biconnector.dataset.get"_s, {{u"id"_s, asked.last()}}));
        }
        QVERIFY(calls.waitAll());
        for (int i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls.finishCount(i), 1);
            const ApiResult result = calls.result(i);
            QVERIFY2(result.ok(), qPrintable(result.error.details()));
            QCOMPARE(result.result[u"item"_s][u"id"_s].toInteger(), asked.at(i));   // each caller gets its own
        }
        QCOMPARE(m_portal->restRequests(), 1);
        QCOMPARE(m_portal->server().requestCount(u"batch"_s), 1);
        const QList<JournalEntry> entries = m_portal->session().journal()->entries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().isBatch());
        QCOMPARE(entries.first().commandCount(), 20);
        QCOMPARE(entries.first().innerErrorCount, 0);
    }

    void loneCallGoesOutPlain()
    {
        QVERIFY(waitForResult(m_portal->client()->call(u"biconnector.dataset.get"_s, {{u"id"_s, m_datasetIds.first()}})).ok());
        QCOMPARE(m_portal->server().requestCount(u"batch"_s), 0);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.dataset.get"_s), 1);
    }

    void innerErrorsReachExactlyTheirCaller()
    {
        // Among good reads: a biconnector error (inside result[key]) at 2 and a framework error
        // (in result_error[key]) at 5.
        CallRecorder calls;
        for (int i = 0; i < 8; ++i) {
            if (i == 2) {
                calls.add(m_portal->client()->call(u"biconnector.dataset.get"_s, {{u"id"_s, 99999}}));
            } else if (i == 5) {
                calls.add(m_portal->client()->call(u"biconnector.source.list"_s,
                                                   {{u"order"_s, QJsonObject{{u"id"_s, u"SIDEWAYS"_s}}}}));
            } else {
                calls.add(m_portal->client()->call(u"biconnector.dataset.get"_s, {{u"id"_s, m_datasetIds.at(i % 5)}}));
            }
        }
        QVERIFY(calls.waitAll());
        QList<ApiResult> results;
        for (int i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls.finishCount(i), 1);
            results.append(calls.result(i));
        }
        QCOMPARE(m_portal->server().requestCount(u"batch"_s), 1);
        QCOMPARE(m_portal->restRequests(), 1);
        for (int i = 0; i < results.size(); ++i) {
            if (i == 2) {
                QCOMPARE(results.at(i).error.kind(), ApiError::Kind::NotFound);
                QCOMPARE(results.at(i).error.code(), u"DATASET_NOT_FOUND"_s);
            } else if (i == 5) {
                QCOMPARE(results.at(i).error.kind(), ApiError::Kind::Validation);
                QCOMPARE(results.at(i).error.code(), u"ERROR_ARGUMENT"_s);
                QCOMPARE(results.at(i).error.method(), u"biconnector.source.list"_s);
            } else {
                QVERIFY2(results.at(i).ok(), qPrintable(QString::number(i) + results.at(i).error.details()));
            }
        }
        QCOMPARE(m_portal->session().journal()->entries().constLast().innerErrorCount, 2);
    }

    void batchedListsKeepTheirFilters()
    {
        const QList<QVariantMap> connectors = m_portal->server().query(u"SELECT id FROM connectors"_s);
        QVERIFY(connectors.size() >= 2);
        CallRecorder calls;
        for (const QVariantMap &row : connectors) {
            calls.add(m_portal->client()->call(
                u"biconnector.source.list"_s,
                {{u"filter"_s, QJsonObject{{u"connectorId"_s, row.value(u"id"_s).toLongLong()}}},
                 {u"select"_s, QJsonArray{u"id"_s, u"title"_s, u"connectorId"_s}}}));
        }
        QVERIFY(calls.waitAll());
        int total = 0;
        for (int i = 0; i < calls.size(); ++i) {
            const ApiResult result = calls.result(i);
            QVERIFY2(result.ok(), qPrintable(result.error.details()));
            const qint64 connectorId = connectors.at(i).value(u"id"_s).toLongLong();
            for (const QJsonValue &item : result.result.toArray())
                QCOMPARE(item[u"connectorId"_s].toInteger(), connectorId);
            total += int(result.result.toArray().size());
        }
        QCOMPARE(total, m_portal->server().sourceCount());
        QCOMPARE(m_portal->restRequests(), 1);
    }

    void moreThanFiftyAreSplit()
    {
        CallRecorder calls;
        for (int i = 0; i < 120; ++i)
            calls.add(m_portal->client()->call(u"biconnector.dataset.get"_s, {{u"id"_s, m_datasetIds.at(i % 5)}}));
        QVERIFY(calls.waitAll());
        for (int i = 0; i < calls.size(); ++i)
            QVERIFY(calls.result(i).ok());
        QCOMPARE(m_portal->server().requestCount(u"batch"_s), 3);
        QCOMPARE(m_portal->restRequests(), 3);
        for (const JournalEntry &entry : m_portal->session().journal()->entries())
            QVERIFY(entry.commandCount() <= 50);
    }

    void writesAndBooleansTravelAlone()
    {
        CallRecorder calls;
        for (int i = 0; i < 4; ++i)
            calls.add(m_portal->client()->call(u"biconnector.dataset.get"_s, {{u"id"_s, m_datasetIds.at(i)}}));
        const qint64 datasetId = m_datasetIds.first();
        calls.add(m_portal->client()->call(u"biconnector.dataset.update"_s,
                                           {{u"id"_s, datasetId}, {u"fields"_s, QJsonObject{{u"description"_s, u"x"_s}}}}));
        // A read carrying a boolean: batch commands are query strings, so it must go out as JSON.
        calls.add(m_portal->client()->call(u"biconnector.source.list"_s, {{u"filter"_s, QJsonObject{{u"active"_s, true}}}}));
        QVERIFY(calls.waitAll());
        for (int i = 0; i < calls.size(); ++i)
            QVERIFY2(calls.result(i).ok(), qPrintable(calls.result(i).error.details()));
        QCOMPARE(m_portal->server().requestCount(u"batch"_s), 1);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.dataset.update"_s), 1);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.source.list"_s), 1);
        QCOMPARE(m_portal->restRequests(), 3);
    }

    void readsKeepCoalescingWhileThrottled()
    {
        // One request per 200 ms: while the first waits, reads issued in later turns join one batch.
        m_portal->client()->setRateLimits({1, 5.0});
        m_portal->server().setBucket(1, 5.0);
        m_portal->server().resetBucket();
        CallRecorder calls;
        calls.add(m_portal->client()->call(u"biconnector.connector.list"_s));
        QTRY_COMPARE(m_portal->client()->requestsInFlight() + m_portal->restRequests(), 1);
        calls.add(m_portal->client()->call(u"biconnector.source.list"_s));   // waits for the bucket
        QSignalSpy throttled(m_portal->client(), &RestClient::throttledChanged);
        QTRY_VERIFY(m_portal->client()->isThrottled());
        int turns = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (++turns <= 8)
                calls.add(m_portal->client()->call(u"biconnector.dataset.get"_s, {{u"id"_s, m_datasetIds.at(turns % 5)}}));
        });
        ticker.start(5);
        QTRY_VERIFY(turns > 8);
        QVERIFY(calls.waitAll());
        for (int i = 0; i < calls.size(); ++i)
            QVERIFY(calls.result(i).ok());
        QVERIFY(throttled.size() >= 1);
        QVERIFY(!m_portal->client()->isThrottled());
        // The eight reads issued turn by turn while the bucket was full went out as one batch.
        QCOMPARE(m_portal->server().requestCount(u"batch"_s), 1);
        int batches = 0;
        for (const JournalEntry &entry : m_portal->session().journal()->entries()) {
            if (entry.isBatch() && entry.httpStatus == 200) {
                ++batches;
                QCOMPARE(entry.commandCount(), 8);
            }
        }
        QCOMPARE(batches, 1);
    }

private:
    std::unique_ptr<SandboxFixture> m_portal;
    QList<qint64> m_datasetIds;
};

QTEST_GUILESS_MAIN(TestBatching)
#include "tst_batching.moc"
