#include "api/transport/requestbucket.h"
#include "api/transport/retrypolicy.h"

#include <QTest>

class TestRequestBucket : public QObject
{
    Q_OBJECT
private slots:
    void burstThenDrain()
    {
        RequestBucket bucket;   // 50 burst, 2 per second
        qint64 now = 1000;
        for (int i = 0; i < 50; ++i)
            QVERIFY2(bucket.tryConsume(now), qPrintable(QString::number(i)));
        QVERIFY(!bucket.tryConsume(now));
        QCOMPARE(bucket.msUntilAvailable(now), 500);
        now += 499;
        QVERIFY(!bucket.tryConsume(now));
        QCOMPARE(bucket.msUntilAvailable(now), 1);
        now += 1;
        QVERIFY(bucket.tryConsume(now));
        QVERIFY(!bucket.tryConsume(now));
        now += 10'000;   // 20 drained
        QCOMPARE(bucket.level(now), 30.0);
        for (int i = 0; i < 20; ++i)
            QVERIFY(bucket.tryConsume(now));
        QVERIFY(!bucket.tryConsume(now));
    }

    void neverBelowEmpty()
    {
        RequestBucket bucket;
        QVERIFY(bucket.tryConsume(0));
        QCOMPARE(bucket.level(1'000'000), 0.0);
        for (int i = 0; i < 50; ++i)
            QVERIFY(bucket.tryConsume(1'000'000));
        QVERIFY(!bucket.tryConsume(1'000'000));
    }

    void clockGoingBackwardsDoesNotRefill()
    {
        RequestBucket bucket;
        for (int i = 0; i < 50; ++i)
            bucket.tryConsume(5000);
        QVERIFY(!bucket.tryConsume(1000));
        QCOMPARE(bucket.level(1000), 50.0);
    }

    void enterpriseLimits()
    {
        RequestBucket bucket(RequestBucket::Limits::enterprise());
        for (int i = 0; i < 250; ++i)
            QVERIFY(bucket.tryConsume(0));
        QVERIFY(!bucket.tryConsume(0));
        QCOMPARE(bucket.msUntilAvailable(0), 200);   // 5 per second
        QVERIFY(bucket.tryConsume(200));
    }

    void saturateAfterPortalRefusal()
    {
        RequestBucket bucket;
        QVERIFY(bucket.tryConsume(0));
        bucket.saturate(0);   // the portal says 503: it sees a full bucket
        QCOMPARE(bucket.msUntilAvailable(0), 500);
        QVERIFY(bucket.tryConsume(500));
    }

    void changingLimits()
    {
        RequestBucket bucket(RequestBucket::Limits{2, 1.0});
        QVERIFY(bucket.tryConsume(0));
        QVERIFY(bucket.tryConsume(0));
        QVERIFY(!bucket.tryConsume(0));
        bucket.setLimits(RequestBucket::Limits{4, 1.0});
        QVERIFY(bucket.tryConsume(0));
    }

    void backoffIsExponentialAndCapped()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        QCOMPARE(policy.backoffMs(1), 100);
        QCOMPARE(policy.backoffMs(2), 200);
        QCOMPARE(policy.backoffMs(3), 400);
        QCOMPARE(policy.backoffMs(4), 800);
        QCOMPARE(policy.backoffMs(5), 1000);
        QCOMPARE(policy.backoffMs(60), 1000);
    }

    void methodTraits()
    {
        using namespace Qt::StringLiterals;
        QVERIFY(MethodTraits::isRead(u"biconnector.source.list"_s));
        QVERIFY(MethodTraits::isRead(u"biconnector.dataset.get"_s));
        QVERIFY(MethodTraits::isRead(u"biconnector.dataset.fields"_s));
        QVERIFY(!MethodTraits::isRead(u"biconnector.dataset.fields.update"_s));
        QVERIFY(!MethodTraits::isRead(u"biconnector.connector.add"_s));
        QVERIFY(!MethodTraits::isRead(u"biconnector.source.delete"_s));
    }
};

QTEST_GUILESS_MAIN(TestRequestBucket)
#include "tst_requestbucket.moc"
