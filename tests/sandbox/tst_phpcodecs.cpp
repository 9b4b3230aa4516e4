// The PHP-flavoured codecs the sandbox parses requests with: strict, order-preserving JSON,
// parse_str()/http_build_query() bracket notation, PHP casts, and request body selection.

#include "sandbox/rest/httpexchange.h"
#include "sandbox/php/phpjson.h"
#include "sandbox/php/phpquery.h"
#include "sandbox/php/requestparams.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SandboxPortal;

class TestPhpCodecs : public QObject
{
    Q_OBJECT

    static HttpRequestData post(const QByteArray &contentType, const QByteArray &body, const QString &query = {})
    {
        HttpRequestData request;
        request.method = QHttpServerRequest::Method::Post;
        request.url = QUrl(u"http://127.0.0.1/rest/x"_s + (query.isEmpty() ? QString() : u'?' + query));
        request.headers = {{QByteArrayLiteral("Content-Type"), contentType}};
        request.body = body;
        return request;
    }

private slots:
    void jsonKeepsOrderAndTypes()
    {
        const auto value = PhpJson::decode("{\"zeta\":1,\"alpha\":[true,null,1.5,\"s\"],\"n\":-0,\"big\":12345678901234567890}");
        QVERIFY(value);
        QCOMPARE(value->keys(), (QStringList{u"zeta"_s, u"alpha"_s, u"n"_s, u"big"_s}));
        QVERIFY(value->value(u"zeta"_s).isInt());
        const PhpValue &list = value->value(u"alpha"_s);
        QVERIFY(list.isList());
        QVERIFY(list.value(u"0"_s).isBool());
        QVERIFY(list.value(u"1"_s).isNull());
        QVERIFY(list.value(u"2"_s).isDouble());
        QVERIFY(value->value(u"big"_s).isDouble()); // overflowing integers become floats
        QCOMPARE(PhpJson::encode(*value), QByteArray("{\"zeta\":1,\"alpha\":[true,null,1.5,\"s\"],\"n\":0,\"big\":1.2345678901234567e+19}"));
        // {} and [] both decode to an empty array and encode as [].
        QCOMPARE(PhpJson::encode(*PhpJson::decode("{}")), QByteArray("[]"));
        QCOMPARE(PhpJson::encode(PhpValue::emptyObject()), QByteArray("{}"));
        QCOMPARE(PhpJson::encode(PhpValue(u"ünï \"q\" \n"_s)), QByteArray("\"\xc3\xbcn\xc3\xaf \\\"q\\\" \\n\""));
    }

    void jsonIsStrict()
    {
        for (const QByteArray &bad : {QByteArray("{a:1}"), QByteArray("[1,]"), QByteArray("{\"a\":1} x"),
                                      QByteArray("'s'"), QByteArray("01"), QByteArray("\"\\x\""), QByteArray("")})
            QVERIFY2(!PhpJson::decode(bad), bad.constData());
        QCOMPARE(PhpJson::decode("\"\\ud83d\\ude00\"")->toString(), QString::fromUtf8("\xf0\x9f\x98\x80"));
    }

    void parseStrBrackets()
    {
        const PhpValue params = PhpQuery::parse("a[b][]=1&a[b][]=2&a[c]=x+y%21&d.e=3&f[=4&g[5]=q&g[]=r&=skip&h");
        QCOMPARE(params.keys(), (QStringList{u"a"_s, u"d_e"_s, u"f_"_s, u"g"_s, u"h"_s}));
        QCOMPARE(params.value(u"a"_s).value(u"b"_s).value(u"1"_s).toString(), u"2"_s);
        QCOMPARE(params.value(u"a"_s).value(u"c"_s).toString(), u"x y!"_s);
        QCOMPARE(params.value(u"f_"_s).toString(), u"4"_s);
        QCOMPARE(params.value(u"g"_s).keys(), (QStringList{u"5"_s, u"6"_s}));
        QVERIFY(params.value(u"h"_s).isString());
        QVERIFY(params.value(u"a"_s).value(u"b"_s).value(u"0"_s).isString()); // never numbers or booleans
    }

    void buildQueryLikeThePortal()
    {
        const PhpValue params = PhpValue::map({
            {u"connection"_s, PhpValue::map({{u"login"_s, PhpValue(u"u s"_s)}, {u"flag"_s, PhpValue::fromBool(true)},
                                            {u"none"_s, PhpValue()}, {u"empty"_s, PhpValue::array()}})},
            {u"select"_s, PhpValue::list({PhpValue(u"ID"_s)})},
        });
        QCOMPARE(PhpQuery::build(params), QByteArray("connection%5Blogin%5D=u+s&connection%5Bflag%5D=1&select%5B0%5D=ID"));
        QCOMPARE(PhpQuery::parse(PhpQuery::build(params)).value(u"connection"_s).value(u"login"_s).toString(), u"u s"_s);
    }

    void phpCasts()
    {
        QVERIFY(PhpValue(u" 5"_s).isNumeric());
        QVERIFY(PhpValue(u"5.0"_s).isNumeric());
        QVERIFY(PhpValue(u"1e3"_s).isNumeric());
        QVERIFY(!PhpValue(u"0x1A"_s).isNumeric());
        QVERIFY(!PhpValue(u"5 apples"_s).isNumeric());
        QVERIFY(!PhpValue::fromBool(true).isNumeric());
        QCOMPARE(PhpValue(u"12abc"_s).toInt(), 12);
        QCOMPARE(PhpValue(u"2.9"_s).toInt(), 2);
        QVERIFY(PhpValue(u"0"_s).isEmpty());
        QVERIFY(!PhpValue(u"false"_s).isEmpty()); // (bool)"false" is true
        QCOMPARE(PhpValue::fromDouble(5.0).toString(), u"5"_s);
    }

    void requestBodies()
    {
        // POST values override GET values; JSON is only JSON for application/json or +json.
        PhpValue params = RequestParams::fromRequest(post("application/json; charset=utf-8", "{\"a\":true}", u"a=get&b=1"_s));
        QVERIFY(params.value(u"a"_s).isBool());
        QCOMPARE(params.value(u"b"_s).toString(), u"1"_s);
        params = RequestParams::fromRequest(post("application/vnd.api+json", "{\"a\":2}"));
        QVERIFY(params.value(u"a"_s).isInt());
        params = RequestParams::fromRequest(post("text/plain", "a=1&b[]=2"));
        QCOMPARE(params.value(u"b"_s).value(u"0"_s).toString(), u"2"_s);
        // Invalid JSON and a scalar top level are swallowed: only the query remains.
        params = RequestParams::fromRequest(post("application/json", "{broken", u"id=4"_s));
        QCOMPARE(params.keys(), QStringList{u"id"_s});
        QCOMPARE(RequestParams::fromRequest(post("application/json", "42")).size(), 0);
        const QByteArray multipart = "--XyZ\r\nContent-Disposition: form-data; name=\"fields[title]\"\r\n\r\nHello\r\n"
                                     "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nskip\r\n"
                                     "--XyZ--\r\n";
        params = RequestParams::fromRequest(post("multipart/form-data; boundary=XyZ", multipart));
        QCOMPARE(params.value(u"fields"_s).value(u"title"_s).toString(), u"Hello"_s);
        QVERIFY(!params.contains(u"file"_s));
    }
};

QTEST_GUILESS_MAIN(TestPhpCodecs)
#include "tst_phpcodecs.moc"
