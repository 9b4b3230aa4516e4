// Client-side connector rules: endpoint URL checks (server rules, syntax, http and private-host
// warnings), the base URL helper, and logo files turned into data URIs.
#include "models/connectors/connectorendpointrules.h"
#include "models/connectors/connectorlogo.h"
#include "models/connectors/logocache.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Rules = ConnectorEndpointRules;

class TestConnectorRules : public QObject
{
    Q_OBJECT
private:
    static QStringList codesOf(const QList<Rules::Finding> &findings)
    {
        QStringList codes;
        for (const auto &finding : findings)
            codes.append(finding.code + (finding.isError() ? u"!"_s : u"?"_s));
        return codes;
    }

    static QByteArray pngBytes(int size)
    {
        QImage image(size, size, QImage::Format_ARGB32);
        image.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

private slots:
    void endpointFindings_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("codes"); // "!" error, "?" warning
        QTest::newRow("https") << u"https://bi.example.com/connector/check"_s << QStringList();
        QTest::newRow("empty") << QString() << QStringList{u"BX_EMPTY_REQUIRED!"_s};
        QTest::newRow("2049") << (u"https://example.com/"_s + QString(2049 - 20, u'a'))
                              << QStringList{u"BX_INVALID_VALUE!"_s};
        QTest::newRow("2048 ok") << (u"https://example.com/"_s + QString(2048 - 20, u'a')) << QStringList();
        QTest::newRow("no scheme") << u"example.com/check"_s << QStringList{u"URL_INVALID!"_s};
        QTest::newRow("ftp") << u"ftp://example.com/check"_s << QStringList{u"URL_INVALID!"_s};
        QTest::newRow("spaces") << u" https://example.com/check"_s << QStringList{u"URL_INVALID!"_s};
        QTest::newRow("http") << u"http://example.com/check"_s << QStringList{u"URL_NOT_HTTPS?"_s};
        QTest::newRow("loopback") << u"https://127.0.0.1:8443/check"_s << QStringList{u"URL_PRIVATE_HOST?"_s};
        QTest::newRow("http + localhost") << u"http://localhost/check"_s
                                          << QStringList{u"URL_NOT_HTTPS?"_s, u"URL_PRIVATE_HOST?"_s};
        QTest::newRow("10/8") << u"https://10.1.2.3/check"_s << QStringList{u"URL_PRIVATE_HOST?"_s};
        QTest::newRow("172.16/12") << u"https://172.31.0.1/check"_s << QStringList{u"URL_PRIVATE_HOST?"_s};
        QTest::newRow("172.32 public") << u"https://172.32.0.1/check"_s << QStringList();
        QTest::newRow("192.168") << u"https://192.168.10.2/check"_s << QStringList{u"URL_PRIVATE_HOST?"_s};
        QTest::newRow("ipv6 loopback") << u"https://[::1]/check"_s << QStringList{u"URL_PRIVATE_HOST?"_s};
        QTest::newRow("ipv6 ula") << u"https://[fd00::5]/check"_s << QStringList{u"URL_PRIVATE_HOST?"_s};
        QTest::newRow("public ip") << u"https://8.8.8.8/check"_s << QStringList();
    }

    void endpointFindings()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, codes);
        const auto findings = Rules::checkEndpoint(url, u"urlCheck"_s);
        QCOMPARE(codesOf(findings), codes);
        for (const auto &finding : findings)
            QVERIFY2(finding.message.contains(u"urlCheck"_s), qPrintable(finding.message));
    }

    void mergesWarningsOfTheFourEndpoints()
    {
        const QStringList urls{u"http://127.0.0.1:8080/check"_s, u"http://127.0.0.1:8080/tables"_s, QString(),
                               u"https://bi.example.com/data"_s};
        const auto findings = Rules::checkEndpoints(urls);
        QCOMPARE(codesOf(findings), (QStringList{u"BX_EMPTY_REQUIRED!"_s, u"URL_NOT_HTTPS?"_s, u"URL_PRIVATE_HOST?"_s}));
        QVERIFY(findings.at(0).message.contains(u"urlTableDescription"_s));
        QVERIFY(findings.at(1).message.contains(u"\"urlCheck\", \"urlTableList\""_s));
        QVERIFY(!findings.at(1).message.contains(u"urlData"_s));
        QVERIFY(findings.at(2).message.contains(u"127.0.0.1"_s));
        QVERIFY(Rules::checkEndpoints({u"https://a.example/1"_s, u"https://a.example/2"_s, u"https://a.example/3"_s,
                                       u"https://a.example/4"_s})
                    .isEmpty());
    }

    void logoUrl()
    {
        QCOMPARE(codesOf(Rules::checkLogoUrl(QString())), QStringList{u"BX_EMPTY_REQUIRED!"_s});
        QCOMPARE(codesOf(Rules::checkLogoUrl(u"https://cdn.example.com/logo.svg"_s)), QStringList());
        QCOMPARE(codesOf(Rules::checkLogoUrl(u"logo.svg"_s)), QStringList{u"URL_INVALID!"_s});
    }

    void fillsFromBase()
    {
        QCOMPARE(Rules::fillFromBase(u"https://bi.example.com/connector"_s, Rules::Layout::PathPerEndpoint),
                 (QStringList{u"https://bi.example.com/connector/check"_s, u"https://bi.example.com/connector/tables"_s,
                              u"https://bi.example.com/connector/describe"_s,
                              u"https://bi.example.com/connector/data"_s}));
        QCOMPARE(Rules::fillFromBase(u"https://bi.example.com/c/"_s, Rules::Layout::PathPerEndpoint).first(),
                 u"https://bi.example.com/c/check"_s);
        QCOMPARE(Rules::fillFromBase(u"https://x.example/?connection_type=mysql"_s, Rules::Layout::ActionQuery),
                 (QStringList{u"https://x.example/?connection_type=mysql&action=check"_s,
                              u"https://x.example/?connection_type=mysql&action=table_list"_s,
                              u"https://x.example/?connection_type=mysql&action=table_description"_s,
                              u"https://x.example/?connection_type=mysql&action=data"_s}));
    }

    void logoFromFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // PNG
        const QString png = dir.filePath(u"logo.png"_s);
        QFile file(png);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pngBytes(32));
        file.close();
        ConnectorLogo::Loaded loaded = ConnectorLogo::fromFile(png);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(loaded.dataUri.startsWith(u"data:image/png;base64,"_s));
        QVERIFY(!loaded.image.isNull());
        QVERIFY(!LogoCache::decodeDataUri(loaded.dataUri).isNull()); // round trip through the tree's decoder
        QVERIFY(ConnectorLogo::describe(loaded.dataUri).startsWith(u"PNG image"_s));

        // SVG with an XML prolog
        const QByteArray svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" "
                               "height=\"16\"><rect width=\"16\" height=\"16\" fill=\"red\"/></svg>";
        loaded = ConnectorLogo::fromBytes(svg, u"logo.svg"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(loaded.dataUri.startsWith(u"data:image/svg+xml;base64,"_s));

        // Not an image, a broken PNG, too large, missing
        loaded = ConnectorLogo::fromBytes("GIF89a....", u"logo.gif"_s);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error.contains(u"logo.gif"_s));
        loaded = ConnectorLogo::fromBytes(pngBytes(8).left(20), u"cut.png"_s);
        QVERIFY(!loaded.ok());
        loaded = ConnectorLogo::fromBytes(QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(LogoCache::kMaxLogoBytes, 'x'),
                                          u"huge.png"_s);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error.contains(u"huge.png"_s));
        loaded = ConnectorLogo::fromFile(dir.filePath(u"missing.png"_s));
        QVERIFY(!loaded.ok());

        QCOMPARE(ConnectorLogo::describe(u"https://cdn.example.com/l.png"_s), u"https://cdn.example.com/l.png"_s);
    }
};

QTEST_GUILESS_MAIN(TestConnectorRules)
#include "tst_connectorrules.moc"
