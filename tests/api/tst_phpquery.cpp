#include "api/transport/phpquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPhpQuery : public QObject
{
    Q_OBJECT
private slots:
    void bracketNotation()
    {
        const QJsonObject params{
            {u"filter"_s, QJsonObject{{u"sourceId"_s, 5}, {u">=id"_s, 10}}},
            {u"select"_s, QJsonArray{u"id"_s, u"name"_s}},
            {u"order"_s, QJsonObject{{u"id"_s, u"DESC"_s}}},
            {u"page"_s, 3},
        };
        const QList<PhpQuery::Pair> pairs = PhpQuery::flatten(params);
        const QList<PhpQuery::Pair> expected{
            {u"filter[>=id]"_s, u"10"_s}, {u"filter[sourceId]"_s, u"5"_s}, {u"order[id]"_s, u"DESC"_s},
            {u"page"_s, u"3"_s},          {u"select[0]"_s, u"id"_s},        {u"select[1]"_s, u"name"_s},
        };
        QCOMPARE(pairs, expected);
        QCOMPARE(PhpQuery::build(params),
                 QByteArrayLiteral("filter%5B%3E%3Did%5D=10&filter%5BsourceId%5D=5&order%5Bid%5D=DESC&page=3"
                                   "&select%5B0%5D=id&select%5B1%5D=name"));
    }

    void nestedArraysOfObjects()
    {
        const QJsonObject params{{u"fields"_s, QJsonObject{{u"settings"_s, QJsonArray{QJsonObject{
                                                                             {u"code"_s, u"host"_s},
                                                                             {u"type"_s, u"STRING"_s}}}}}}};
        const QList<PhpQuery::Pair> expected{{u"fields[settings][0][code]"_s, u"host"_s},
                                             {u"fields[settings][0][type]"_s, u"STRING"_s}};
        QCOMPARE(PhpQuery::flatten(params), expected);
    }

    void scalarsLikePhp()
    {
        const QJsonObject params{
            {u"null"_s, QJsonValue::Null}, {u"empty"_s, QJsonArray()}, {u"emptyObject"_s, QJsonObject()},
            {u"yes"_s, true},              {u"no"_s, false},           {u"int"_s, 42},
            {u"big"_s, 9007199254740000.0}, {u"real"_s, 2.5}, {u"tenth"_s, 0.1},          {u"negative"_s, -7},
            {u"text"_s, u""_s},
        };
        QCOMPARE(PhpQuery::build(params),
                 QByteArrayLiteral("big=9007199254740000&int=42&negative=-7&no=0&real=2.5&tenth=0.1&text=&yes=1"));
    }

    void percentEncodingLikeUrlencode()
    {
        const QJsonObject params{{u"searchString"_s, u"a b+c&d=e/ü~"_s}};
        QCOMPARE(PhpQuery::build(params), QByteArrayLiteral("searchString=a+b%2Bc%26d%3De%2F%C3%BC%7E"));
    }

    void parseRoundTrip()
    {
        const QJsonObject params{{u"filter"_s, QJsonObject{{u"%title"_s, u"Sales & Co"_s}}},
                                 {u"select"_s, QJsonArray{u"id"_s}}};
        const QList<PhpQuery::Pair> pairs = PhpQuery::flatten(params);
        QCOMPARE(PhpQuery::parse(PhpQuery::encode(pairs)), pairs);
        QCOMPARE(PhpQuery::parse("a=1&&b&c=x%20y+z"),
                 (QList<PhpQuery::Pair>{{u"a"_s, u"1"_s}, {u"b"_s, QString()}, {u"c"_s, u"x y z"_s}}));
    }

    void keyPath()
    {
        QCOMPARE(PhpQuery::keyPath(u"fields[settings][0][value]"_s),
                 (QStringList{u"fields"_s, u"settings"_s, u"0"_s, u"value"_s}));
        QCOMPARE(PhpQuery::keyPath(u"page"_s), QStringList{u"page"_s});
        QCOMPARE(PhpQuery::keyPath(u"connection[host]"_s), (QStringList{u"connection"_s, u"host"_s}));
    }

    void booleanDetection()
    {
        QVERIFY(!PhpQuery::containsBoolean(QJsonObject{{u"id"_s, 1}, {u"select"_s, QJsonArray{u"id"_s}}}));
        QVERIFY(PhpQuery::containsBoolean(QJsonObject{{u"fields"_s, QJsonObject{{u"supportMapping"_s, false}}}}));
        QVERIFY(PhpQuery::containsBoolean(QJsonObject{{u"a"_s, QJsonArray{1, QJsonArray{true}}}}));
    }
};

QTEST_GUILESS_MAIN(TestPhpQuery)
#include "tst_phpquery.moc"
