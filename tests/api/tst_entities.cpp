#include "api/entities/entities.h"
#include "api/entities/entityjson.h"
#include "api/entities/entityvalidation.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Response examples copied verbatim from the seeds (time blocks dropped).
// biconnector.connector.get (seeds/004, "Response Handling")
constexpr char kConnectorGet[] = R"json({"result":{"item":{"id":5,"title":"SUPER REST CONNECTOR","dateCreate":"2025-03-24 07:25:59","logo":"https://masterpiecer-images.s3.amazonaws.com/5fd531dca6427c7:upscaled","description":"Connector with token","sort":100,"urlCheck":"http://app.domain/check","settings":[{"name":"Login","code":"login","type":"STRING"},{"name":"Password","code":"password","type":"STRING"}],"urlData":"http://app.domain/data","urlTableList":"http://app.domain/table_list","urlTableDescription":"http://app.domain/table_description"}}})json";
// biconnector.connector.list (seeds/004, "Response Handling")
constexpr char kConnectorList[] = R"json({"result":[{"id":"11","title":"MyConnector_2","urlCheck":"https://new_example.com/check","dateCreate":"2025-03-24 07:25:59"},{"id":"9","title":"MyConnector","urlCheck":"https://example.com/check","dateCreate":"2025-03-21 12:22:32"}]})json";
// biconnector.connector.fields (seeds/004, "Response Handling")
constexpr char kConnectorFields[] = R"json({"result":{"fields":[{"title":"id","type":"integer","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"title","type":"string","isRequired":true,"isReadOnly":false,"isImmutable":false,"isMultiple":false},{"title":"logo","type":"string","isRequired":true,"isReadOnly":false,"isImmutable":false,"isMultiple":false},{"title":"description","type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false},{"title":"sort","type":"integer","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false},{"title":"urlCheck","type":"string","isRequired":true,"isReadOnly":false,"isImmutable":false,"isMultiple":false},{"title":"urlData","type":"string","isRequired":true,"isReadOnly":false,"isImmutable":false,"isMultiple":false},{"title":"urlTableList","type":"string","isRequired":true,"isReadOnly":false,"isImmutable":false,"isMultiple":false},{"title":"urlTableDescription","type":"string","isRequired":true,"isReadOnly":false,"isImmutable":false,"isMultiple":false},{"title":"settings","type":"array","isRequired":true,"isReadOnly":false,"isImmutable":false,"isMultiple":true},{"title":"dateCreate","type":"datetime","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false}]}})json";
// biconnector.source.get (seeds/004, "Response Handling")
constexpr char kSourceGet[] = R"json({"result":{"item":{"connection":{"id":6,"type":"rest","code":"rest_1","title":"Rest source SQL","description":"Connection for working with mySql","active":true,"dateCreate":"2025-03-20 14:50:06","dateUpdate":"2025-03-20 14:50:06","createdById":1,"updatedById":1},"connectorId":1,"settings":[{"code":"token","name":"Token","type":"STRING","value":"beliberda","id":8}]}}})json";
// biconnector.source.list (seeds/004, "Response Handling")
constexpr char kSourceList[] = R"json({"result":[{"id":"11","title":"Sql_host","active":true,"dateCreate":"2025-03-24 07:25:59"},{"id":"10","title":"Sql_partner","active":false,"dateCreate":"2025-03-21 12:22:32"}]})json";
// biconnector.source.fields (seeds/004, "Response Handling")
constexpr char kSourceFields[] = R"json({"result":{"fields":[{"title":"id","type":"integer","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"title","type":"string","isRequired":true,"isReadOnly":false,"isImmutable":false,"isMultiple":false},{"title":"type","type":"string","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"code","type":"string","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"description","type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false},{"title":"active","type":"boolean","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false},{"title":"dateCreate","type":"datetime","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"dateUpdate","type":"datetime","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"createdById","type":"integer","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"updatedById","type":"integer","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"connectorId","type":"integer","isRequired":true,"isReadOnly":false,"isImmutable":true,"isMultiple":false},{"title":"settings","type":"array","isRequired":true,"isReadOnly":false,"isImmutable":false,"isMultiple":true}]}})json";
// biconnector.dataset.get (seeds/004, "Response Handling")
constexpr char kDatasetGet[] = R"json({"result":{"item":{"id":2,"type":"rest","name":"rest_dataset11111","description":"new__2_","externalCode":"extrnalCode","externalName":"extranalName","dateCreate":"2025-03-26 15:28:06","dateUpdate":"2025-03-27 07:47:43","createdById":1,"updatedById":1,"externalId":275,"fields":[{"id":224,"datasetId":2,"type":"int","name":"ID","externalCode":"ID","visible":true},{"id":225,"datasetId":2,"type":"string","name":"NAME","externalCode":"NAME","visible":true},{"id":226,"datasetId":2,"type":"string","name":"SURNAME","externalCode":"SURNAME","visible":true},{"id":227,"datasetId":2,"type":"double","name":"SCORE","externalCode":"SCORE","visible":true},{"id":228,"datasetId":2,"type":"date","name":"DATA","externalCode":"DATA","visible":true},{"id":229,"datasetId":2,"type":"datetime","name":"TIME","externalCode":"TIME","visible":true}]}}})json";
// biconnector.dataset.list (seeds/004, "Response Handling")
constexpr char kDatasetList[] = R"json({"result":[{"id":"9","name":"sales_data_main","description":"Monthly sales report"},{"id":"6","name":"sales_data_first_branch","description":"Monthly sales report for first branch"},{"id":"5","name":"sales_data_second_branch","description":"Monthly sales report for second branch"}]})json";
// biconnector.dataset.fields (seeds/004, "Response Handling")
constexpr char kDatasetFields[] = R"json({"result":{"fields":[{"title":"id","type":"integer","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"sourceId","type":"integer","isRequired":true,"isReadOnly":false,"isImmutable":true,"isMultiple":false},{"title":"name","type":"string","isRequired":true,"isReadOnly":false,"isImmutable":true,"isMultiple":false},{"title":"type","type":"string","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"description","type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false},{"title":"externalName","type":"string","isRequired":true,"isReadOnly":false,"isImmutable":true,"isMultiple":false},{"title":"externalCode","type":"string","isRequired":true,"isReadOnly":false,"isImmutable":true,"isMultiple":false},{"title":"externalId","type":"integer","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"dateCreate","type":"datetime","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"dateUpdate","type":"datetime","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"createdById","type":"integer","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"updatedById","type":"integer","isRequired":true,"isReadOnly":true,"isImmutable":false,"isMultiple":false},{"title":"fields","type":"array","isRequired":true,"isReadOnly":false,"isImmutable":false,"isMultiple":true}]}})json";

QJsonValue resultOf(const char *response)
{
    return QJsonDocument::fromJson(QByteArray(response)).object().value("result"_L1);
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QDateTime wallClock(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s));
}

Connector sampleConnector()
{
    Connector connector;
    connector.title = u"Sample"_s;
    connector.description = u"Demo tables"_s;
    connector.logo = u"data:image/png;base64,AAAA"_s;
    connector.sort = 300;
    connector.urlCheck = u"http://127.0.0.1:1/check"_s;
    connector.urlTableList = u"http://127.0.0.1:1/tables"_s;
    connector.urlTableDescription = u"http://127.0.0.1:1/describe"_s;
    connector.urlData = u"http://127.0.0.1:1/data"_s;
    connector.settings = {{u"Login"_s, u"login"_s, u"STRING"_s}, {u"Port"_s, u"port"_s, u"INT"_s}};
    return connector;
}

} // namespace

class TestEntities : public QObject
{
    Q_OBJECT
private slots:
    void connectorGetSeed()
    {
        const Connector connector = Connector::fromJson(resultOf(kConnectorGet).toObject());
        QCOMPARE(connector.id, 5);
        QCOMPARE(connector.title, u"SUPER REST CONNECTOR"_s);
        QCOMPARE(connector.description, u"Connector with token"_s);
        QCOMPARE(connector.logo, u"https://masterpiecer-images.s3.amazonaws.com/5fd531dca6427c7:upscaled"_s);
        QCOMPARE(connector.sort, 100);
        QCOMPARE(connector.urlCheck, u"http://app.domain/check"_s);
        QCOMPARE(connector.urlTableList, u"http://app.domain/table_list"_s);
        QCOMPARE(connector.urlTableDescription, u"http://app.domain/table_description"_s);
        QCOMPARE(connector.urlData, u"http://app.domain/data"_s);
        QCOMPARE(connector.dateCreate, wallClock(2025, 3, 24, 7, 25, 59));
        QCOMPARE(connector.supportMapping, std::nullopt);
        const QList<ConnectorSetting> expected{{u"Login"_s, u"login"_s, u"STRING"_s},
                                               {u"Password"_s, u"password"_s, u"STRING"_s}};
        QCOMPARE(connector.settings, expected);
    }

    void connectorListSeedHasStringIds()
    {
        const auto connectors = entitiesFromJson(resultOf(kConnectorList).toArray(), &Connector::fromJson);
        QCOMPARE(connectors.size(), 2);
        QCOMPARE(connectors.at(0).id, 11);
        QCOMPARE(connectors.at(0).title, u"MyConnector_2"_s);
        QCOMPARE(connectors.at(0).urlCheck, u"https://new_example.com/check"_s);
        QCOMPARE(connectors.at(1).id, 9);
        QCOMPARE(connectors.at(1).dateCreate, wallClock(2025, 3, 21, 12, 22, 32));
        QVERIFY(connectors.at(1).settings.isEmpty());
    }

    void fieldsSeeds_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QStringList>("immutable");
        QTest::newRow("connector") << QByteArray(kConnectorFields)
                                   << QStringList{u"id"_s, u"title"_s, u"logo"_s, u"description"_s, u"sort"_s,
                                                  u"urlCheck"_s, u"urlData"_s, u"urlTableList"_s,
                                                  u"urlTableDescription"_s, u"settings"_s, u"dateCreate"_s}
                                   << QStringList();
        QTest::newRow("source") << QByteArray(kSourceFields)
                                << QStringList{u"id"_s, u"title"_s, u"type"_s, u"code"_s, u"description"_s,
                                               u"active"_s, u"dateCreate"_s, u"dateUpdate"_s, u"createdById"_s,
                                               u"updatedById"_s, u"connectorId"_s, u"settings"_s}
                                << QStringList{u"connectorId"_s};
        QTest::newRow("dataset") << QByteArray(kDatasetFields)
                                 << QStringList{u"id"_s, u"sourceId"_s, u"name"_s, u"type"_s, u"description"_s,
                                                u"externalName"_s, u"externalCode"_s, u"externalId"_s,
                                                u"dateCreate"_s, u"dateUpdate"_s, u"createdById"_s,
                                                u"updatedById"_s, u"fields"_s}
                                 << QStringList{u"sourceId"_s, u"name"_s, u"externalName"_s, u"externalCode"_s};
    }

    void fieldsSeeds()
    {
        QFETCH(QByteArray, response);
        QFETCH(QStringList, titles);
        QFETCH(QStringList, immutable);
        const auto entries = FieldSchemaEntry::listFromFieldsResult(resultOf(response.constData()).toObject());
        QStringList parsedTitles;
        for (const auto &entry : entries)
            parsedTitles.append(entry.title);
        QCOMPARE(parsedTitles, titles);
        const FieldSchemaEntry id = entries.first();
        QCOMPARE(id.type, u"integer"_s);
        QVERIFY(id.isRequired);
        QVERIFY(id.isReadOnly);
        QVERIFY(!id.isImmutable);
        QVERIFY(!id.isMultiple);
        const auto last = entries.last();
        QCOMPARE(last.isMultiple, last.title != "dateCreate"_L1);
        for (const auto &entry : entries)
            QCOMPARE(entry.isImmutable, immutable.contains(entry.title));
    }

    void sourceGetSeedIsFlattened()
    {
        const Source source = Source::fromGetResult(resultOf(kSourceGet).toObject());
        QCOMPARE(source.id, 6);
        QCOMPARE(source.connectorId, 1);
        QCOMPARE(source.type, u"rest"_s);
        QCOMPARE(source.code, u"rest_1"_s);
        QCOMPARE(source.title, u"Rest source SQL"_s);
        QCOMPARE(source.description, u"Connection for working with mySql"_s);
        QVERIFY(source.active);
        QCOMPARE(source.dateCreate, wallClock(2025, 3, 20, 14, 50, 6));
        QCOMPARE(source.dateUpdate, wallClock(2025, 3, 20, 14, 50, 6));
        QCOMPARE(source.createdById, 1);
        QCOMPARE(source.updatedById, 1);
        QCOMPARE(source.settings.size(), 1);
        const SourceSetting token = source.settings.first();
        QCOMPARE(token.id, 8);
        QCOMPARE(token.code, u"token"_s);
        QCOMPARE(token.name, u"Token"_s);
        QCOMPARE(token.type, u"STRING"_s);
        QCOMPARE(token.value, u"beliberda"_s);
        QCOMPARE(source.settingValue(u"token"_s), u"beliberda"_s);
        // The item alone (without the {"item":…} wrapper) flattens the same way.
        const QJsonObject item = resultOf(kSourceGet).toObject().value("item"_L1).toObject();
        QCOMPARE(Source::fromGetResult(item), source);
    }

    void sourceListSeed()
    {
        const auto sources = entitiesFromJson(resultOf(kSourceList).toArray(), &Source::fromListItem);
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(0).id, 11);
        QCOMPARE(sources.at(0).title, u"Sql_host"_s);
        QVERIFY(sources.at(0).active);
        QCOMPARE(sources.at(1).id, 10);
        QVERIFY(!sources.at(1).active);
        QCOMPARE(sources.at(1).dateCreate, wallClock(2025, 3, 21, 12, 22, 32));
        QVERIFY(!sources.at(1).dateUpdate.isValid());
    }

    void sourceListItemWithSettingsWithoutIds()
    {
        const Source source = Source::fromListItem(parse(R"({"id":3,"connectorId":"7","title":"t",
            "active":"Y","dateCreate":{},"dateUpdate":null,"createdById":"2","updatedById":null,
            "settings":[{"code":"login","name":"Login","type":"STRING","value":"demo"}]})"));
        QCOMPARE(source.id, 3);
        QCOMPARE(source.connectorId, 7);
        QVERIFY(source.active);
        QVERIFY(!source.dateCreate.isValid());
        QVERIFY(!source.dateUpdate.isValid());
        QCOMPARE(source.createdById, 2);
        QCOMPARE(source.updatedById, 0);
        QCOMPARE(source.settings.size(), 1);
        QCOMPARE(source.settings.first().id, 0);
        QCOMPARE(source.settings.first().value, u"demo"_s);
    }

    void datasetGetSeed()
    {
        const Dataset dataset = Dataset::fromJson(resultOf(kDatasetGet).toObject());
        QCOMPARE(dataset.id, 2);
        QCOMPARE(dataset.sourceId, 0);  // get carries no sourceId
        QCOMPARE(dataset.type, u"rest"_s);
        QCOMPARE(dataset.name, u"rest_dataset11111"_s);
        QCOMPARE(dataset.description, u"new__2_"_s);
        QCOMPARE(dataset.externalCode, u"extrnalCode"_s);
        QCOMPARE(dataset.externalName, u"extranalName"_s);
        QCOMPARE(dataset.externalId, 275);
        QCOMPARE(dataset.dateCreate, wallClock(2025, 3, 26, 15, 28, 6));
        QCOMPARE(dataset.dateUpdate, wallClock(2025, 3, 27, 7, 47, 43));
        QCOMPARE(dataset.createdById, 1);
        QCOMPARE(dataset.updatedById, 1);
        QCOMPARE(dataset.fields.size(), 6);
        const QStringList types{u"int"_s, u"string"_s, u"string"_s, u"double"_s, u"date"_s, u"datetime"_s};
        for (qsizetype i = 0; i < dataset.fields.size(); ++i) {
            const DatasetField &field = dataset.fields.at(i);
            QCOMPARE(field.id, 224 + i);
            QCOMPARE(field.datasetId, 2);
            QCOMPARE(field.type, types.at(i));
            QCOMPARE(field.externalCode, field.name);
            QVERIFY(field.visible);
        }
        QCOMPARE(dataset.fields.at(4).name, u"DATA"_s);
    }

    void datasetListSeed()
    {
        const auto datasets = entitiesFromJson(resultOf(kDatasetList).toArray(), &Dataset::fromJson);
        QCOMPARE(datasets.size(), 3);
        QCOMPARE(datasets.at(0).id, 9);
        QCOMPARE(datasets.at(0).name, u"sales_data_main"_s);
        QCOMPARE(datasets.at(2).id, 5);
        QCOMPARE(datasets.at(2).description, u"Monthly sales report for second branch"_s);
        QVERIFY(datasets.at(2).fields.isEmpty());
    }

    void datasetQuirks_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<qint64>("sourceId");
        QTest::addColumn<qint64>("externalId");
        QTest::addColumn<qint64>("updatedById");
        QTest::addColumn<bool>("hasDateCreate");
        QTest::newRow("newer docs: zeros") << QByteArray(R"({"id":4,"sourceId":2,"externalId":0,"updatedById":0,
            "dateCreate":"2026-09-01 10:00:00","dateUpdate":null})") << 4ll << 2ll << 0ll << 0ll << true;
        QTest::newRow("may-2026: nulls") << QByteArray(R"({"id":"4","sourceId":"2","externalId":null,
            "updatedById":null,"dateCreate":null})") << 4ll << 2ll << 0ll << 0ll << false;
        QTest::newRow("explicit select: {} dates") << QByteArray(R"({"id":4.0,"sourceId":2,"dateCreate":{},
            "dateUpdate":{}})") << 4ll << 2ll << 0ll << 0ll << false;
        QTest::newRow("ISO date") << QByteArray(R"({"id":" 12 ","dateCreate":"2025-03-24T07:25:59+00:00"})")
                                  << 12ll << 0ll << 0ll << 0ll << true;
        QTest::newRow("garbage ids") << QByteArray(R"({"id":"x","sourceId":-3,"externalId":true,
            "updatedById":[1],"dateCreate":"soon"})") << 0ll << 0ll << 0ll << 0ll << false;
    }

    void datasetQuirks()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, id);
        QFETCH(qint64, sourceId);
        QFETCH(qint64, externalId);
        QFETCH(qint64, updatedById);
        QFETCH(bool, hasDateCreate);
        const Dataset dataset = Dataset::fromJson(parse(json.constData()));
        QCOMPARE(dataset.id, id);
        QCOMPARE(dataset.sourceId, sourceId);
        QCOMPARE(dataset.externalId, externalId);
        QCOMPARE(dataset.updatedById, updatedById);
        QCOMPARE(dataset.dateCreate.isValid(), hasDateCreate);
        QVERIFY(!dataset.dateUpdate.isValid());
    }

    void isoDateKeepsItsOffset()
    {
        const QDateTime date = EntityJson::toDateTime(u"2025-03-24T07:25:59+02:00"_s);
        QCOMPARE(date.toUTC(), QDateTime(QDate(2025, 3, 24), QTime(5, 25, 59), Qt::UTC));
    }

    void connectorOptionalFields()
    {
        const Connector mapped = Connector::fromJson(parse(R"({"id":"3","sort":"7","supportMapping":true})"));
        QCOMPARE(mapped.id, 3);
        QCOMPARE(mapped.sort, 7);
        QCOMPARE(mapped.supportMapping, std::optional<bool>(true));
        const Connector unmapped = Connector::fromJson(parse(R"({"id":3,"supportMapping":false,"sort":null,
            "description":null,"settings":null,"dateCreate":null})"));
        QCOMPARE(unmapped.supportMapping, std::optional<bool>(false));
        QCOMPARE(unmapped.sort, 100);
        QVERIFY(unmapped.description.isEmpty());
        QVERIFY(unmapped.settings.isEmpty());
        QVERIFY(!unmapped.dateCreate.isValid());
    }

    void connectorAddFieldsRoundTrip()
    {
        Connector connector = sampleConnector();
        QJsonObject fields = connector.toAddFields();
        QVERIFY(!fields.contains("id"_L1));
        QVERIFY(!fields.contains("dateCreate"_L1));
        QVERIFY(!fields.contains("supportMapping"_L1));  // unknown to portals before 25.1150
        QCOMPARE(Connector::fromJson(fields), connector);

        connector.supportMapping = false;
        fields = connector.toAddFields();
        QCOMPARE(fields.value("supportMapping"_L1), QJsonValue(false));
        QCOMPARE(Connector::fromJson(fields), connector);
        const QJsonArray settings = fields.value("settings"_L1).toArray();
        QCOMPARE(settings.at(1).toObject(),
                 (QJsonObject{{"name"_L1, u"Port"_s}, {"code"_L1, u"port"_s}, {"type"_L1, u"INT"_s}}));
    }

    void connectorUpdateFieldsAreChangedOnly()
    {
        const Connector original = sampleConnector();
        QVERIFY(original.toUpdateFields(original).isEmpty());
        Connector edited = original;
        edited.title = u"Renamed"_s;
        edited.urlData = u"http://127.0.0.1:2/data"_s;
        QCOMPARE(edited.toUpdateFields(original),
                 (QJsonObject{{"title"_L1, u"Renamed"_s}, {"urlData"_L1, u"http://127.0.0.1:2/data"_s}}));
        edited = original;
        edited.settings[1].name = u"TCP port"_s;
        edited.sort = 5;
        edited.supportMapping = true;
        const QJsonObject fields = edited.toUpdateFields(original);
        QCOMPARE(fields.keys(), (QStringList{u"settings"_s, u"sort"_s, u"supportMapping"_s}));
        QCOMPARE(fields.value("settings"_L1).toArray().size(), 2);  // the list is replaced as a whole
    }

    void sourceAddAndUpdateFields()
    {
        Source source;
        source.title = u"Demo"_s;
        source.connectorId = 7;
        source.active = false;
        source.settings = {{0, u"login"_s, u"Login"_s, u"STRING"_s, u"demo"_s},
                           {0, u"password"_s, u"Password"_s, u"STRING"_s, u"demo-secret"_s}};
        const QJsonObject add = source.toAddFields();
        QCOMPARE(add, (QJsonObject{{"title"_L1, u"Demo"_s},
                                   {"description"_L1, QString()},
                                   {"connectorId"_L1, 7},
                                   {"settings"_L1, QJsonObject{{"login"_L1, u"demo"_s}, {"password"_L1, u"demo-secret"_s}}}}));
        QVERIFY(!add.contains("active"_L1));

        Source edited = source;
        QCOMPARE(edited.toUpdateFields(source), (QJsonObject{{"title"_L1, u"Demo"_s}}));  // title always
        edited.settings[1].value = u"new-secret"_s;
        edited.description = u"d"_s;
        QCOMPARE(edited.toUpdateFields(source),
                 (QJsonObject{{"title"_L1, u"Demo"_s},
                              {"description"_L1, u"d"_s},
                              {"settings"_L1, QJsonObject{{"password"_L1, u"new-secret"_s}}}}));
    }

    void datasetAddFieldsRoundTrip()
    {
        Dataset dataset;
        dataset.sourceId = 3;
        dataset.name = u"deals"_s;
        dataset.description = u"Deals"_s;
        dataset.externalCode = u"deals"_s;
        dataset.externalName = u"Deals table"_s;
        dataset.fields = {{0, 0, u"DEAL_ID"_s, u"int"_s, u"deal_id"_s, true},
                          {0, 0, u"TITLE"_s, u"string"_s, u"title"_s, false}};
        const QJsonObject add = dataset.toAddFields();
        QCOMPARE(add.value("fields"_L1).toArray().at(0).toObject(),
                 (QJsonObject{{"name"_L1, u"DEAL_ID"_s}, {"type"_L1, u"int"_s}, {"externalCode"_L1, u"deal_id"_s}}));
        QCOMPARE(add.value("fields"_L1).toArray().at(1).toObject().value("visible"_L1), QJsonValue(false));
        QCOMPARE(Dataset::fromJson(add), dataset);

        Dataset edited = dataset;
        QVERIFY(edited.toUpdateFields(dataset).isEmpty());
        edited.description = u"All deals"_s;
        edited.name = u"ignored"_s;  // immutable on the server: never sent
        QCOMPARE(edited.toUpdateFields(dataset), (QJsonObject{{"description"_L1, u"All deals"_s}}));
    }

    void datasetFieldsChangeParams()
    {
        DatasetFieldsChange change;
        QVERIFY(change.isEmpty());
        QCOMPARE(change.toParams(9), (QJsonObject{{"id"_L1, 9}}));
        change.add = {{0, 0, u"AMOUNT"_s, u"double"_s, u"amount"_s, false}};
        change.update = {{224, false}, {225, true}};
        change.remove = {226, 227};
        QVERIFY(!change.isEmpty());
        const QJsonObject params = change.toParams(9);
        QCOMPARE(params.value("id"_L1).toInteger(), 9);
        QCOMPARE(params.value("add"_L1).toArray(),
                 (QJsonArray{QJsonObject{{"name"_L1, u"AMOUNT"_s}, {"type"_L1, u"double"_s},
                                         {"externalCode"_L1, u"amount"_s}}}));
        QCOMPARE(params.value("update"_L1).toArray(),
                 (QJsonArray{QJsonObject{{"id"_L1, 224}, {"visible"_L1, false}},
                             QJsonObject{{"id"_L1, 225}, {"visible"_L1, true}}}));
        QCOMPARE(params.value("delete"_L1).toArray(), (QJsonArray{226, 227}));
    }

    void datasetNameRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("simple") << u"deals"_s << QString();
        QTest::newRow("digits and underscores") << u"a_1_b2"_s << QString();
        QTest::newRow("230 chars") << (u"a"_s + QString(229, u'b')) << QString();
        QTest::newRow("231 chars") << (u"a"_s + QString(230, u'b')) << u"VALIDATION_DATASET_NAME_TOO_LONG"_s;
        QTest::newRow("empty") << QString() << u"VALIDATION_DATASET_NAME_INVALID"_s;
        QTest::newRow("leading digit") << u"1deals"_s << u"VALIDATION_DATASET_NAME_INVALID"_s;
        QTest::newRow("leading underscore") << u"_deals"_s << u"VALIDATION_DATASET_NAME_INVALID"_s;
        QTest::newRow("uppercase") << u"Deals"_s << u"VALIDATION_DATASET_NAME_INVALID"_s;
        QTest::newRow("dash") << u"my-deals"_s << u"VALIDATION_DATASET_NAME_INVALID"_s;
        QTest::newRow("trailing newline") << u"deals\n"_s << u"VALIDATION_DATASET_NAME_INVALID"_s;
        QTest::newRow("cyrillic") << u"сделки"_s << u"VALIDATION_DATASET_NAME_INVALID"_s;
    }

    void datasetNameRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        const ValidationResult result = EntityValidation::datasetName(name);
        QCOMPARE(result.code, code);
        QCOMPARE(result.isValid(), code.isEmpty());
        QCOMPARE(result.message.isEmpty(), code.isEmpty());
    }

    void fieldNameRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("simple") << u"DEAL_ID"_s << QString();
        QTest::newRow("32 chars") << (u"A"_s + QString(31, u'B')) << QString();
        QTest::newRow("33 chars") << (u"A"_s + QString(32, u'B')) << u"VALIDATION_FIELD_NAME_TOO_LONG"_s;
        QTest::newRow("lowercase") << u"deal_id"_s << u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s;
        QTest::newRow("leading digit") << u"1D"_s << u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s;
        QTest::newRow("space") << u"DEAL ID"_s << u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s;
        QTest::newRow("empty") << QString() << u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s;
        // Format is checked before length, as on the server.
        QTest::newRow("33 chars, bad format") << (u"a"_s + QString(32, u'B')) << u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s;
    }

    void fieldNameRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QCOMPARE(EntityValidation::fieldName(name).code, code);
    }

    void fieldTypeRules()
    {
        for (const auto &type : {u"int"_s, u"string"_s, u"double"_s, u"date"_s, u"datetime"_s})
            QVERIFY2(EntityValidation::fieldType(type, EntityValidation::FieldTypes::Documented).isValid(), qPrintable(type));
        QVERIFY(EntityValidation::fieldType(u"money"_s).isValid());
        QVERIFY(EntityValidation::fieldType(u"timezone"_s).isValid());
        QCOMPARE(EntityValidation::fieldType(u"money"_s, EntityValidation::FieldTypes::Documented).code,
                 u"VALIDATION_FIELD_INVALID_TYPE"_s);
        for (const auto &type : {u"INT"_s, u"integer"_s, u"varchar"_s, QString()})
            QCOMPARE(EntityValidation::fieldType(type).code, u"VALIDATION_FIELD_INVALID_TYPE"_s);
    }

    void datasetFieldListRules()
    {
        const DatasetField id{0, 0, u"ID"_s, u"int"_s, u"id"_s, true};
        const DatasetField title{0, 0, u"TITLE"_s, u"string"_s, u"title"_s, true};
        QVERIFY(EntityValidation::datasetFields({id, title}).isValid());
        QCOMPARE(EntityValidation::datasetFields({}).code, u"FIELDS_EMPTY"_s);

        DatasetField sameName = title;
        sameName.externalCode = u"other"_s;
        sameName.name = u"ID"_s;
        const ValidationResult duplicateNames = EntityValidation::datasetFields({id, sameName});
        QCOMPARE(duplicateNames.code, u"DUPLICATE_FIELDS"_s);
        QVERIFY(duplicateNames.message.contains("ID"_L1));

        DatasetField sameCode = title;
        sameCode.externalCode = u"id"_s;
        QCOMPARE(EntityValidation::datasetFields({id, sameCode}).code, u"VALIDATION_DUPLICATE_FIELD_CODE"_s);

        DatasetField noType = title;
        noType.type.clear();
        QCOMPARE(EntityValidation::datasetFields({id, noType}).code,
                 u"VALIDATION_FIELD_MISSING_REQUIRED_PARAMETERS"_s);
        DatasetField badName = title;
        badName.name = u"title"_s;
        QCOMPARE(EntityValidation::datasetFields({id, badName}).code, u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s);
        DatasetField badType = title;
        badType.type = u"text"_s;
        QCOMPARE(EntityValidation::datasetFields({id, badType}).code, u"VALIDATION_FIELD_INVALID_TYPE"_s);
    }

    void datasetRulesFollowServerOrder()
    {
        Dataset dataset;
        dataset.name = u"a"_s + QString(230, u'b');  // too long, and the columns are bad too
        dataset.fields = {{0, 0, u"bad"_s, u"int"_s, u"x"_s, true}};
        // The length check runs after the column checks on the server.
        QCOMPARE(EntityValidation::dataset(dataset).code, u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s);
        dataset.fields.first().name = u"GOOD"_s;
        QCOMPARE(EntityValidation::dataset(dataset).code, u"VALIDATION_DATASET_NAME_TOO_LONG"_s);
        dataset.name = u"Bad"_s;
        QCOMPARE(EntityValidation::dataset(dataset).code, u"VALIDATION_DATASET_NAME_INVALID"_s);
        dataset.name = u"good"_s;
        QVERIFY(EntityValidation::dataset(dataset).isValid());
    }

    void connectorSettingRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("error");
        QTest::newRow("string") << u"Login"_s << u"login"_s << u"STRING"_s << QString();
        QTest::newRow("int") << u"Port"_s << u"port"_s << u"INT"_s << QString();
        QTest::newRow("name 512") << QString(512, u'n') << u"c"_s << u"STRING"_s << QString();
        QTest::newRow("name 513") << QString(513, u'n') << u"c"_s << u"STRING"_s << u"VALIDATION_SETTINGS_NAME_TOO_LONG"_s;
        QTest::newRow("code 512") << u"n"_s << QString(512, u'c') << u"STRING"_s << QString();
        QTest::newRow("code 513") << u"n"_s << QString(513, u'c') << u"STRING"_s << u"VALIDATION_SETTINGS_CODE_TOO_LONG"_s;
        QTest::newRow("lowercase type") << u"n"_s << u"c"_s << u"string"_s << u"VALIDATION_SETTINGS_INVALID_TYPE"_s;
        QTest::newRow("other type") << u"n"_s << u"c"_s << u"BOOL"_s << u"VALIDATION_SETTINGS_INVALID_TYPE"_s;
        QTest::newRow("no code") << u"n"_s << QString() << u"STRING"_s << u"VALIDATION_SETTINGS_MISSING_REQUIRED_FIELDS"_s;
        QTest::newRow("no name") << QString() << u"c"_s << u"STRING"_s << u"VALIDATION_SETTINGS_MISSING_REQUIRED_FIELDS"_s;
        QTest::newRow("no type") << u"n"_s << u"c"_s << QString() << u"VALIDATION_SETTINGS_MISSING_REQUIRED_FIELDS"_s;
    }

    void connectorSettingRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(QString, type);
        QFETCH(QString, error);
        const ConnectorSetting setting{name, code, type};
        QCOMPARE(EntityValidation::connectorSetting(setting).code, error);
        QCOMPARE(EntityValidation::connectorSettings({{u"A"_s, u"a"_s, u"INT"_s}, setting}).code, error);
    }

    void connectorUrlAndTitleRules()
    {
        const QString base = u"https://example.com/"_s;
        QVERIFY(EntityValidation::connectorUrl(base + QString(2048 - base.size(), u'x')).isValid());
        const ValidationResult tooLong = EntityValidation::connectorUrl(base + QString(2049 - base.size(), u'x'),
                                                                        u"urlData"_s);
        QCOMPARE(tooLong.code, u"BX_INVALID_VALUE"_s);
        QVERIFY(tooLong.message.contains("urlData"_L1));
        QVERIFY(tooLong.message.contains("2048"_L1));
        QCOMPARE(EntityValidation::connectorUrl(QString()).code, u"BX_EMPTY_REQUIRED"_s);
        QVERIFY(EntityValidation::connectorUrl(u"not even a url"_s).isValid());  // no syntax check, as on the server

        QVERIFY(EntityValidation::title(u"Sample"_s).isValid());
        QCOMPARE(EntityValidation::title(u"   "_s).code, u"BX_EMPTY_REQUIRED"_s);
        QVERIFY(EntityValidation::title(QString(512, u't')).isValid());
        QCOMPARE(EntityValidation::title(QString(513, u't')).code, u"BX_INVALID_VALUE"_s);
    }

    void connectorRulesFollowServerOrder()
    {
        Connector connector = sampleConnector();
        QVERIFY(EntityValidation::connector(connector).isValid());
        connector.title.clear();
        connector.settings.append({u"x"_s, u"x"_s, u"BOOL"_s});
        QCOMPARE(EntityValidation::connector(connector).code, u"VALIDATION_SETTINGS_INVALID_TYPE"_s);
        connector.settings.removeLast();
        QCOMPARE(EntityValidation::connector(connector).code, u"BX_EMPTY_REQUIRED"_s);
        connector.title = u"T"_s;
        connector.logo.clear();
        QVERIFY(EntityValidation::connector(connector).message.contains("logo"_L1));
        connector.logo = u"L"_s;
        connector.urlTableDescription = QString(2049, u'u');
        const ValidationResult result = EntityValidation::connector(connector);
        QCOMPARE(result.code, u"BX_INVALID_VALUE"_s);
        QVERIFY(result.message.contains("urlTableDescription"_L1));
    }

    void messagesAreSentences()
    {
        const ValidationResult result = EntityValidation::datasetName(u"Bad"_s);
        QVERIFY(result.message.startsWith("Dataset name has to start with a lowercase Latin character"_L1));
        QCOMPARE(EntityValidation::connectorSetting({u"n"_s, QString(), u"STRING"_s}).message,
                 u"Settings must include \"type\", \"name\" and \"code\" fields."_s);
    }
};

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
