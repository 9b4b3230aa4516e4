#include "support/sandboxfixture.h"

#include "api/transport/apicall.h"
#include "api/journal/requestjournal.h"
#include "api/transport/restclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int entriesWithStatus(RequestJournal *journal, int status)
{
    int count = 0;
    for (const JournalEntry &entry : journal->entries())
        count += entry.httpStatus == status ? 1 : 0;
    return count;
}

} // namespace

// The client-side leaky bucket keeps bursts under the portal's limit; 503 QUERY_LIMIT_EXCEEDED
// and 429 OPERATION_TIME_LIMIT are waited out and the request resent (the portal did not run it).
class TestRateLimit : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_portal = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(m_portal->start(u"demo"_s, &error), qPrintable(error));
        m_portal->session().journal()->setCapacity(1000);
    }

    void cleanup() { m_portal.reset(); }

    void burstOf300ReadsAtTheRealLimit()
    {
        // The portal's real bucket (50 burst, 2/s). Batching makes 300 reads 6 requests.
        QCOMPARE(m_portal->client()->rateLimits(), (RequestBucket::Limits{50, 2.0}));
        CallRecorder calls;
        for (int i = 0; i < 300; ++i)
            calls.add(m_portal->client()->call(u"biconnector.connector.get"_s, {{u"id"_s, 1 + i % 3}}));
        QVERIFY(calls.waitAll(20000));
        for (int i = 0; i < calls.size(); ++i)
            QVERIFY2(calls.result(i).ok(), qPrintable(calls.result(i).error.details()));
        QCOMPARE(m_portal->server().requestCount(u"batch"_s), 6);
        QCOMPARE(entriesWithStatus(m_portal->session().journal(), 503), 0);
    }

    void unbatchedBurstIsPacedByTheClient()
    {
        // 100 separate requests against a 10-burst bucket draining 40/s: the client must pace them
        // (the in-process sandbox answers faster than that). The numbers are scaled down from 50/2
        // so that the test takes ~2.5 s instead of minutes; the arithmetic is the same.
        m_portal->server().setBucket(10, 40.0);
        m_portal->server().resetBucket();
        m_portal->client()->setRateLimits({10, 40.0});
        QSignalSpy throttled(m_portal->client(), &RestClient::throttledChanged);
        CallRecorder calls;
        for (int i = 0; i < 100; ++i) {
            calls.add(m_portal->client()->call(u"biconnector.connector.get"_s, {{u"id"_s, 1 + i % 3}},
                                               CallOptions::unbatched()));
        }
        QVERIFY(calls.waitAll(30000));
        for (int i = 0; i < calls.size(); ++i)
            QVERIFY2(calls.result(i).ok(), qPrintable(calls.result(i).error.details()));
        QVERIFY(!throttled.isEmpty());
        QCOMPARE(throttled.first().first().toBool(), true);
        QVERIFY(!m_portal->client()->isThrottled());
        QCOMPARE(m_portal->server().requestCount(u"biconnector.connector.get"_s), 100);   // nothing refused
        QCOMPARE(entriesWithStatus(m_portal->session().journal(), 503), 0);
    }

    void portalRefusalsAreAbsorbed()
    {
        // A client that does not know the portal's limit (its bucket is far larger): the portal
        // refuses with 503, the client backs off and resends until everything got through.
        m_portal->server().setBucket(10, 40.0);
        m_portal->server().resetBucket();
        m_portal->client()->setRateLimits({1000, 1000.0});
        CallRecorder calls;
        for (int i = 0; i < 60; ++i) {
            calls.add(m_portal->client()->call(u"biconnector.connector.get"_s, {{u"id"_s, 1 + i % 3}},
                                               CallOptions::unbatched()));
        }
        QVERIFY(calls.waitAll(30000));
        for (int i = 0; i < calls.size(); ++i)
            QVERIFY2(calls.result(i).ok(), qPrintable(calls.result(i).error.details()));
        const int refused = entriesWithStatus(m_portal->session().journal(), 503);
        QVERIFY2(refused > 0, "the portal never refused: the test did not exercise the back-off");
        QCOMPARE(m_portal->server().requestCount(u"biconnector.connector.get"_s), 60 + refused);
    }

    void refusedWriteIsResentOnce()
    {
        m_portal->server().injectFault(SandboxFault::ServiceUnavailable, 1, u"biconnector.connector.update"_s);
        const ApiResult result = waitForResult(m_portal->client()->call(
            u"biconnector.connector.update"_s, {{u"id"_s, 1}, {u"fields"_s, QJsonObject{{u"sort"_s, 42}}}}));
        QVERIFY2(result.ok(), qPrintable(result.error.details()));
        QCOMPARE(m_portal->server().requestCount(u"biconnector.connector.update"_s), 2);
    }

    void operatingLimitIsWaitedOut()
    {
        RetryPolicy policy = m_portal->client()->retryPolicy();
        policy.defaultOperatingWaitMs = 300;   // the 429 carries no reset time and none was announced
        m_portal->client()->setRetryPolicy(policy);
        const QString clientId = m_portal->server().options().clientId;
        m_portal->server().setOperatingTimeLimit(1.0);
        m_portal->server().chargeOperatingTime(clientId, u"biconnector.connector.list"_s, 5.0);

        ApiCall *call = m_portal->client()->call(u"biconnector.connector.list"_s);
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE(m_portal->server().requestCount(u"biconnector.connector.list"_s), 1);   // refused with 429
        QTRY_VERIFY(m_portal->client()->isThrottled());
        m_portal->server().setOperatingTimeLimit(0);   // the portal unblocks the method
        QVERIFY(finished.wait(5000));
        const ApiResult result = finished.first().first().value<ApiResult>();
        QVERIFY2(result.ok(), qPrintable(result.error.details()));
        QCOMPARE(m_portal->server().requestCount(u"biconnector.connector.list"_s), 2);
        QCOMPARE(entriesWithStatus(m_portal->session().journal(), 429), 1);
        QVERIFY(!m_portal->client()->isThrottled());
    }

    void longOperatingBlockIsReported()
    {
        // A successful reply announces the block (operating_reset_at, ~10 minutes away); the next
        // call's 429 is then reported with that time instead of being waited out.
        RetryPolicy policy = m_portal->client()->retryPolicy();
        policy.maxOperatingWaitMs = 2000;
        m_portal->client()->setRetryPolicy(policy);
        m_portal->server().setOperatingTimeLimit(0.000001);
        QVERIFY(waitForResult(m_portal->client()->call(u"biconnector.connector.list"_s)).ok());

        const ApiResult blocked = waitForResult(m_portal->client()->call(u"biconnector.connector.list"_s));
        QCOMPARE(blocked.error.kind(), ApiError::Kind::OperatingLimit);
        QCOMPARE(blocked.error.httpStatus(), 429);
        QVERIFY(blocked.error.retryAt().isValid());
        QVERIFY(QDateTime::currentDateTime().secsTo(blocked.error.retryAt()) > 60);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.connector.list"_s), 2);   // not resent
    }

private:
    std::unique_ptr<SandboxFixture> m_portal;
};

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
