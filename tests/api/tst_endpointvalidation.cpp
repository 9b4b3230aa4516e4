#include "api/endpoints/endpointvalidation.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using EndpointProtocol::Severity;
using EndpointProtocol::Violation;

namespace {

QStringList namesOf(const QList<EndpointViolation> &violations)
{
    QStringList names;
    for (const auto &violation : violations)
        names.append(violation.name());
    return names;
}

const EndpointViolation *find(const QList<EndpointViolation> &violations, Violation id)
{
    for (const auto &violation : violations) {
        if (violation.id == id)
            return &violation;
    }
    return nullptr;
}

} // namespace

class TestEndpointValidation : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("violations");
        QTest::newRow("ok json") << 200 << QByteArray(R"({"status":"OK"})") << QStringList();
        QTest::newRow("ok text") << 200 << QByteArray("ok") << QStringList();
        QTest::newRow("whitespace is truthy in PHP") << 200 << QByteArray(" ") << QStringList();
        QTest::newRow("500") << 500 << QByteArray(R"({"error":"x"})") << QStringList{u"HttpStatusNot200"_s};
        QTest::newRow("201") << 201 << QByteArray("created") << QStringList{u"HttpStatusNot200"_s};
        QTest::newRow("empty") << 200 << QByteArray() << QStringList{u"EmptyBody"_s};
        QTest::newRow("zero") << 200 << QByteArray("0") << QStringList{u"EmptyBody"_s};
        QTest::newRow("404 empty") << 404 << QByteArray() << QStringList{u"HttpStatusNot200"_s, u"EmptyBody"_s};
        QTest::newRow("error status with 200") << 200 << QByteArray(R"({"status":"ERROR","message":"bad"})")
                                               << QStringList{u"CheckReportsFailure"_s};
        QTest::newRow("error key with 200") << 200 << QByteArray(R"({"error":"denied"})")
                                            << QStringList{u"CheckReportsFailure"_s};
        QTest::newRow("success false") << 200 << QByteArray(R"({"success":false})")
                                       << QStringList{u"CheckReportsFailure"_s};
        QTest::newRow("empty error key is fine") << 200 << QByteArray(R"({"error":"","status":"ok"})") << QStringList();
    }

    void check()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, violations);
        const auto found = EndpointValidation::validateCheck(body, status);
        QCOMPARE(namesOf(found), violations);
        for (const auto &violation : found) {
            QVERIFY(!violation.message.isEmpty());
            // A failure reported with 200 is accepted by the portal: a warning, not an error.
            QCOMPARE(violation.isError(), violation.id != Violation::CheckReportsFailure);
        }
    }

    void statusMessageNamesTheStatus()
    {
        const auto found = EndpointValidation::validateCheck("x", 503);
        QVERIFY(found.first().message.contains("503"_L1));
    }

    void tableList_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("violations");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("valid") << 200 << QByteArray(R"([{"code":"deals","title":"Deals"},{"code":"crm","title":"CRM","id":"t-2"}])")
                               << QStringList() << QStringList{u"deals"_s, u"t-2"_s};
        QTest::newRow("empty list is valid") << 200 << QByteArray("[]") << QStringList() << QStringList();
        QTest::newRow("numeric code") << 200 << QByteArray(R"([{"code":5,"title":"Five"}])") << QStringList()
                                      << QStringList{u"5"_s};
        QTest::newRow("null id falls back to code") << 200 << QByteArray(R"([{"code":"a","title":"A","id":null}])")
                                                    << QStringList() << QStringList{u"a"_s};
        QTest::newRow("code \"0\" is empty") << 200 << QByteArray(R"([{"code":"0","title":"Zero"}])")
                                             << QStringList{u"TableItemIncomplete"_s} << QStringList();
        QTest::newRow("missing title") << 200 << QByteArray(R"([{"code":"a","title":"A"},{"code":"b"}])")
                                       << QStringList{u"TableItemIncomplete"_s} << QStringList{u"a"_s};
        QTest::newRow("item not an object") << 200 << QByteArray(R"(["deals"])") << QStringList{u"TableItemIncomplete"_s}
                                            << QStringList();
        QTest::newRow("object instead of array") << 200 << QByteArray(R"({"x":{"code":"a","title":"A"}})")
                                                 << QStringList{u"NotArray"_s} << QStringList{u"a"_s};
        QTest::newRow("scalar") << 200 << QByteArray("42") << QStringList{u"NotArray"_s} << QStringList();
        QTest::newRow("html") << 200 << QByteArray("<html></html>") << QStringList{u"NotJson"_s} << QStringList();
        QTest::newRow("bom") << 200 << QByteArray("\xEF\xBB\xBF[]") << QStringList{u"NotJson"_s} << QStringList();
        QTest::newRow("500 stops parsing") << 500 << QByteArray("<html></html>") << QStringList{u"HttpStatusNot200"_s}
                                           << QStringList();
        QTest::newRow("empty body") << 200 << QByteArray() << QStringList{u"EmptyBody"_s} << QStringList();
    }

    void tableList()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, violations);
        QFETCH(QStringList, ids);
        const auto outcome = EndpointValidation::validateTableList(body, status);
        QCOMPARE(namesOf(outcome.violations), violations);
        QStringList parsedIds;
        for (const auto &table : outcome.payload)
            parsedIds.append(table.id);
        QCOMPARE(parsedIds, ids);
    }

    void tableListPayloadAndSeverities()
    {
        auto outcome = EndpointValidation::validateTableList(R"([{"code":"deals","title":"Deals","id":7}])", 200);
        QCOMPARE(outcome.payload, (QList<EndpointTable>{{u"7"_s, u"deals"_s, u"Deals"_s}}));
        outcome = EndpointValidation::validateTableList(R"({"x":{"code":"a","title":"A"}})", 200);
        QCOMPARE(outcome.violations.first().severity, Severity::Warning);  // the portal tolerates objects
        outcome = EndpointValidation::validateTableList("true", 200);
        QCOMPARE(outcome.violations.first().severity, Severity::Error);
    }

    void incompleteItemsAreListedByIndex()
    {
        QByteArray body = "[";
        for (int i = 0; i < 9; ++i)
            body += (i ? "," : "") + QByteArray(i % 3 ? R"({"code":"c","title":"t"})" : R"({"code":"c"})");
        body += "]";
        const auto outcome = EndpointValidation::validateTableList(body, 200);
        QCOMPARE(outcome.payload.size(), 6);
        const EndpointViolation *violation = find(outcome.violations, Violation::TableItemIncomplete);
        QVERIFY(violation);
        QVERIFY2(violation->message.contains("[0], [3], [6]"_L1), qPrintable(violation->message));
        QVERIFY(violation->message.startsWith("3 "_L1));
    }

    void tableDescription_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("violations");
        QTest::addColumn<QStringList>("types");
        QTest::newRow("valid") << QByteArray(R"([{"code":"id","name":"ID","type":"int"},{"code":"t","name":"Title","type":"string"}])")
                               << QStringList() << QStringList{u"int"_s, u"string"_s};
        QTest::newRow("types are lowercased") << QByteArray(R"([{"code":"a","name":"A","type":"DATETIME"},{"code":"m","name":"M","type":"money"}])")
                                              << QStringList() << QStringList{u"datetime"_s, u"money"_s};
        QTest::newRow("unknown type") << QByteArray(R"([{"code":"a","name":"A","type":"varchar"}])")
                                      << QStringList{u"UnknownFieldType"_s} << QStringList{u"string"_s};
        QTest::newRow("empty") << QByteArray("[]") << QStringList{u"DescriptionEmpty"_s} << QStringList();
        QTest::newRow("missing type") << QByteArray(R"([{"code":"a","name":"A"},{"code":"b","name":"B","type":"int"}])")
                                      << QStringList{u"DescriptionItemIncomplete"_s} << QStringList{u"int"_s};
        QTest::newRow("name \"0\"") << QByteArray(R"([{"code":"a","name":"0","type":"int"}])")
                                    << QStringList{u"DescriptionItemIncomplete"_s} << QStringList();
        QTest::newRow("list item") << QByteArray(R"([["a","A","int"]])") << QStringList{u"DescriptionItemIncomplete"_s}
                                   << QStringList();
        QTest::newRow("not json") << QByteArray("{oops") << QStringList{u"NotJson"_s} << QStringList();
    }

    void tableDescription()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, violations);
        QFETCH(QStringList, types);
        const auto outcome = EndpointValidation::validateTableDescription(body, 200);
        QCOMPARE(namesOf(outcome.violations), violations);
        QStringList parsedTypes;
        for (const auto &column : outcome.payload)
            parsedTypes.append(column.type);
        QCOMPARE(parsedTypes, types);
    }

    void unknownTypeKeepsTheOriginalAndWarns()
    {
        const auto outcome = EndpointValidation::validateTableDescription(
            R"([{"code":"a","name":"A","type":"varchar"},{"code":"b","name":"B","type":"varchar"},{"code":"c","name":"C","type":"bool"}])",
            200);
        QCOMPARE(outcome.payload.first(), (EndpointColumn{u"a"_s, u"A"_s, u"string"_s, u"varchar"_s}));
        QCOMPARE(outcome.violations.size(), 1);
        QCOMPARE(outcome.violations.first().severity, Severity::Warning);
        QVERIFY(outcome.violations.first().message.contains("\"varchar\", \"bool\""_L1));
    }

    void data_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("violations");
        QTest::addColumn<int>("rows");
        QTest::newRow("valid") << QByteArray(R"([["ID","TITLE"],[1,"a"],[2,"b"]])") << QStringList{u"ID"_s} << QStringList() << 2;
        QTest::newRow("header only") << QByteArray(R"([["ID","TITLE"]])") << QStringList() << QStringList() << 0;
        QTest::newRow("empty array") << QByteArray("[]") << QStringList() << QStringList{u"HeaderRowMissing"_s} << 0;
        QTest::newRow("no header") << QByteArray(R"([[1,"a"],[2,"b"]])") << QStringList() << QStringList{u"HeaderRowMissing"_s} << 1;
        QTest::newRow("ragged") << QByteArray(R"([["ID","TITLE"],[1,"a"],[2],[3,"c","x"]])") << QStringList()
                                << QStringList{u"RaggedRows"_s} << 3;
        QTest::newRow("rows are objects") << QByteArray(R"([["ID"],{"ID":1}])") << QStringList()
                                          << QStringList{u"DataNotArrayOfArrays"_s} << 0;
        QTest::newRow("first row object") << QByteArray(R"([{"ID":1},[1]])") << QStringList()
                                          << QStringList{u"DataNotArrayOfArrays"_s, u"HeaderRowMissing"_s} << 0;
        QTest::newRow("missing expected codes") << QByteArray(R"([["id","title"],[1,"a"]])") << QStringList{u"id"_s, u"amount"_s, u"stage"_s}
                                                << QStringList{u"HeaderMissingExpectedCodes"_s} << 1;
        QTest::newRow("empty header") << QByteArray(R"([[],[]])") << QStringList() << QStringList{u"HeaderRowMissing"_s} << 1;
        QTest::newRow("object of rows") << QByteArray(R"({"0":["ID"],"1":[1]})") << QStringList() << QStringList{u"NotArray"_s} << 1;
        QTest::newRow("not json") << QByteArray("[[1,]") << QStringList() << QStringList{u"NotJson"_s} << 0;
    }

    void data()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, violations);
        QFETCH(int, rows);
        const auto outcome = EndpointValidation::validateData(body, 200, expected);
        QCOMPARE(namesOf(outcome.violations), violations);
        QCOMPARE(outcome.payload.rows.size(), rows);
    }

    void dataPayloadAndDetails()
    {
        auto outcome = EndpointValidation::validateData(R"([["ID","TITLE"],[1,"a"],[2,null]])", 200, {u"TITLE"_s});
        QCOMPARE(outcome.payload.header, (QStringList{u"ID"_s, u"TITLE"_s}));
        QCOMPARE(outcome.payload.rows.at(1), (QJsonArray{2, QJsonValue()}));

        outcome = EndpointValidation::validateData(R"([["id","title"],[1,"a"]])", 200, {u"ID"_s, u"title"_s, u"stage"_s});
        const EndpointViolation *missing = find(outcome.violations, Violation::HeaderMissingExpectedCodes);
        QVERIFY(missing);
        QVERIFY2(missing->message.contains("\"ID\", \"stage\""_L1), qPrintable(missing->message));

        outcome = EndpointValidation::validateData(R"([["a","b"],[1,2],[1],[1,2],[1,2,3]])", 200);
        const EndpointViolation *ragged = find(outcome.violations, Violation::RaggedRows);
        QVERIFY(ragged);
        QVERIFY2(ragged->message.contains("[2], [4]"_L1), qPrintable(ragged->message));

        outcome = EndpointValidation::validateData("[]", 200);
        QCOMPARE(outcome.violations.first().severity, Severity::Warning);  // zero rows, like the example app
    }

    void phpEmpty_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("empty");
        QTest::newRow("null") << QJsonValue() << true;
        QTest::newRow("false") << QJsonValue(false) << true;
        QTest::newRow("true") << QJsonValue(true) << false;
        QTest::newRow("0") << QJsonValue(0) << true;
        QTest::newRow("0.0") << QJsonValue(0.0) << true;
        QTest::newRow("7") << QJsonValue(7) << false;
        QTest::newRow("\"\"") << QJsonValue(u""_s) << true;
        QTest::newRow("\"0\"") << QJsonValue(u"0"_s) << true;
        QTest::newRow("\"00\"") << QJsonValue(u"00"_s) << false;
        QTest::newRow("\" \"") << QJsonValue(u" "_s) << false;
        QTest::newRow("[]") << QJsonValue(QJsonArray()) << true;
        QTest::newRow("{}") << QJsonValue(QJsonObject()) << true;
        QTest::newRow("[0]") << QJsonValue(QJsonArray{0}) << false;
    }

    void phpEmpty()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, empty);
        QCOMPARE(EndpointValidation::isPhpEmpty(value), empty);
    }

    void typeMapping()
    {
        bool known = false;
        QCOMPARE(EndpointValidation::mapFieldType(u"Int"_s, &known), u"int"_s);
        QVERIFY(known);
        QCOMPARE(EndpointValidation::mapFieldType(u"timezone"_s, &known), u"timezone"_s);
        QVERIFY(known);
        QCOMPARE(EndpointValidation::mapFieldType(u"integer"_s, &known), u"string"_s);
        QVERIFY(!known);
        QCOMPARE(EndpointValidation::mapFieldType(QString(), &known), u"string"_s);
        QVERIFY(!known);
    }

    // Mutated bodies never crash a validator, and every violation carries a message.
    void mutatedBodiesAreHandled()
    {
        const QByteArray seeds[] = {
            R"([{"code":"deals","title":"Deals"}])",
            R"([{"code":"id","name":"ID","type":"int"}])",
            R"([["ID","TITLE"],[1,"a"],[2,"b"]])",
        };
        QRandomGenerator random(20261122);
        for (int round = 0; round < 300; ++round) {
            QByteArray body = seeds[round % 3];
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits && !body.isEmpty(); ++e) {
                const qsizetype at = random.bounded(int(body.size()));
                if (random.bounded(2))
                    body[at] = char(random.bounded(256));
                else
                    body.remove(at, 1);
            }
            QList<EndpointViolation> all = EndpointValidation::validateCheck(body, 200);
            all += EndpointValidation::validateTableList(body, 200).violations;
            all += EndpointValidation::validateTableDescription(body, 200).violations;
            all += EndpointValidation::validateData(body, 200, {u"ID"_s}).violations;
            for (const auto &violation : all)
                QVERIFY(!violation.message.isEmpty() && !violation.name().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestEndpointValidation)
#include "tst_endpointvalidation.moc"
