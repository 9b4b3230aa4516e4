#include "api/transport/portalurl.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPortalUrl : public QObject
{
    Q_OBJECT
private slots:
    void verdicts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("rest");
        using V = PortalUrl::Verdict;
        QTest::newRow("bare host") << u"example.bitrix24.com"_s << int(V::Ok)
                                   << u"https://example.bitrix24.com/rest/"_s;
        QTest::newRow("path dropped") << u"https://Example.Bitrix24.com/crm/deal/"_s << int(V::Ok)
                                      << u"https://example.bitrix24.com/rest/"_s;
        QTest::newRow("http remote") << u"http://example.bitrix24.com"_s << int(V::InsecureRemote) << QString();
        QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << int(V::Ok)
                                       << u"http://127.0.0.1:8080/rest/"_s;
        QTest::newRow("http localhost") << u"http://localhost:9"_s << int(V::Ok) << u"http://localhost:9/rest/"_s;
        QTest::newRow("ipv6 loopback") << u"http://[::1]:81"_s << int(V::Ok) << u"http://[::1]:81/rest/"_s;
        QTest::newRow("private is not loopback") << u"http://192.168.1.5"_s << int(V::InsecureRemote) << QString();
        QTest::newRow("ftp") << u"ftp://example.com"_s << int(V::UnsupportedScheme) << QString();
        QTest::newRow("empty") << u"  "_s << int(V::Empty) << QString();
        QTest::newRow("garbage") << u"https://exa mple.com"_s << int(V::Malformed) << QString();
    }

    void verdicts()
    {
        QFETCH(QString, input);
        QFETCH(int, verdict);
        QFETCH(QString, rest);
        const PortalUrl url = PortalUrl::parse(input);
        QCOMPARE(int(url.verdict()), verdict);
        if (!rest.isEmpty())
            QCOMPARE(url.restEndpoint().toString(), rest);
    }
};

QTEST_GUILESS_MAIN(TestPortalUrl)
#include "tst_portalurl.moc"
