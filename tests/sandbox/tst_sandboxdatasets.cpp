// biconnector.dataset.* / biconnector.table.*: add checks in the real order, update and delete,
// fields.update semantics and quirks, version profiles and the Superset switch.

#include "sandboxclient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SandboxFixtures;

class TestSandboxDatasets : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
    qint64 m_source = 0;

    SandboxReply add(const QJsonObject &fields, const QString &family = u"dataset"_s)
    {
        return m_client->call(u"biconnector.%1.add"_s.arg(family), {{u"fields"_s, fields}});
    }

    qint64 addDataset(const QString &name, const QString &family = u"dataset"_s)
    {
        return add(datasetFields(m_source, name), family).result().toObject().value(u"id"_s).toInteger(-1);
    }

    QJsonObject item(qint64 id)
    {
        return m_client->call(u"biconnector.dataset.get"_s, {{u"id"_s, id}}).result().toObject().value(u"item"_s).toObject();
    }

    // name -> visible of the dataset's columns.
    QMap<QString, bool> columns(qint64 id)
    {
        QMap<QString, bool> result;
        for (const QJsonValue &field : item(id).value(u"fields"_s).toArray())
            result.insert(field[u"name"_s].toString(), field[u"visible"_s].toBool());
        return result;
    }

    qint64 columnId(qint64 dataset, const QString &name)
    {
        for (const QJsonValue &field : item(dataset).value(u"fields"_s).toArray()) {
            if (field[u"name"_s].toString() == name)
                return field[u"id"_s].toInteger();
        }
        return -1;
    }

    SandboxReply fieldsUpdate(const QJsonObject &params) { return m_client->call(u"biconnector.dataset.fields.update"_s, params); }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(startSandbox(m_server, m_client, {}, &error), qPrintable(error));
        const qint64 connector = m_client->addId(u"biconnector.connector.add"_s, sampleConnectorFields(*m_server));
        m_source = m_client->addId(u"biconnector.source.add"_s, sourceFields(connector));
        QVERIFY(m_source > 0);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void addAndGetShape()
    {
        QJsonObject fields = datasetFields(m_source, u"sales_2024"_s);
        fields.insert(u"description"_s, u"Monthly sales"_s);
        QJsonArray columnList = fields.value(u"fields"_s).toArray();
        QJsonObject hidden = column(u"NOTE"_s, u"note"_s, u"string"_s);
        hidden.insert(u"visible"_s, false); // accepted at creation (DOCS say all columns are visible)
        columnList.append(hidden);
        fields.insert(u"fields"_s, columnList);
        const qint64 id = add(fields, u"table"_s).result().toObject().value(u"id"_s).toInteger();
        QVERIFY(id > 0);

        const QJsonObject got = item(id);
        QStringList keys = got.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"createdById"_s, u"dateCreate"_s, u"dateUpdate"_s, u"description"_s, u"externalCode"_s,
                                    u"externalId"_s, u"externalName"_s, u"fields"_s, u"id"_s, u"name"_s, u"type"_s,
                                    u"updatedById"_s}));
        QCOMPARE(got.value(u"type"_s).toString(), u"rest"_s);
        QCOMPARE(got.value(u"name"_s).toString(), u"sales_2024"_s);
        QCOMPARE(got.value(u"externalCode"_s).toString(), u"sales"_s);
        QVERIFY(got.value(u"externalId"_s).isNull());
        QVERIFY(got.value(u"dateUpdate"_s).isNull());
        QVERIFY(got.value(u"updatedById"_s).isNull());
        QCOMPARE(got.value(u"createdById"_s).toInt(), 1);
        const QJsonArray fieldList = got.value(u"fields"_s).toArray();
        QCOMPARE(fieldList.size(), 3);
        QStringList fieldKeys = fieldList.at(0).toObject().keys();
        QCOMPARE(fieldKeys, (QStringList{u"datasetId"_s, u"externalCode"_s, u"id"_s, u"name"_s, u"type"_s, u"visible"_s}));
        QCOMPARE(fieldList.at(0).toObject().value(u"datasetId"_s).toInteger(), id);
        QCOMPARE(columns(id), (QMap<QString, bool>{{u"SALE_ID"_s, true}, {u"REGION"_s, true}, {u"NOTE"_s, false}}));
        QCOMPARE(m_server->datasetFieldCount(id), 3);
    }

    void addErrors_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QJsonValue>("code");
        QTest::addColumn<QString>("description");

        const QJsonObject valid = datasetFields(1, u"sales_table"_s);
        auto with = [&valid](const QString &key, const QJsonValue &value) {
            QJsonObject fields = valid;
            fields.insert(key, value);
            return fields;
        };
        auto columnsOf = [&with](std::initializer_list<QJsonObject> items) {
            QJsonArray list;
            for (const QJsonObject &item : items)
                list.append(item);
            return with(u"fields"_s, list);
        };
        const QJsonObject a = column(u"A"_s, u"a"_s, u"int"_s);
        QJsonObject noName = valid;
        noName.remove(u"name"_s);

        QTest::newRow("no fields") << QJsonObject() << QJsonValue(u"VALIDATION_FIELDS_NOT_PROVIDED"_s) << QString();
        QTest::newRow("unknown") << with(u"csvDelimiter"_s, u";"_s) << QJsonValue(u"VALIDATION_UNKNOWN_PARAMETERS"_s)
                                 << u"Unknown parameters: csvDelimiter"_s;
        QTest::newRow("required name") << noName << QJsonValue(u"VALIDATION_REQUIRED_FIELD_MISSING"_s)
                                       << u"Field \"name\" is required."_s;
        QTest::newRow("read only externalId") << with(u"externalId"_s, 5) << QJsonValue(u"VALIDATION_READ_ONLY_FIELD"_s)
                                              << QString();
        QTest::newRow("fields not array") << with(u"fields"_s, u"A"_s) << QJsonValue(u"VALIDATION_INVALID_FIELD_TYPE"_s)
                                          << u"Field \"fields\" must be of type array."_s;
        QTest::newRow("name format") << with(u"name"_s, u"Sales"_s) << QJsonValue(u"VALIDATION_DATASET_NAME_INVALID"_s)
                                     << u"Dataset name has to start with a lowercase Latin character. Possible entry "
                                        "includes lowercase Latin characters (a-z), numbers (0-9) and underscores."_s;
        QTest::newRow("foreign source") << with(u"sourceId"_s, 999) << QJsonValue(u"SOURCE_NOT_FOUND"_s)
                                        << u"Source was not found."_s;
        QTest::newRow("duplicate column names") << columnsOf({a, column(u"A"_s, u"b"_s, u"int"_s)}) << QJsonValue(0)
                                                << u"Duplicate column names: A"_s;
        QTest::newRow("built-in table name") << with(u"name"_s, u"crm_deal"_s) << QJsonValue(0) << QString();
        QTest::newRow("no columns") << with(u"fields"_s, QJsonArray()) << QJsonValue(u"FIELDS_EMPTY"_s)
                                    << u"$fields is empty"_s;
        QTest::newRow("duplicate codes") << columnsOf({a, column(u"B"_s, u"a"_s, u"int"_s)})
                                         << QJsonValue(u"VALIDATION_DUPLICATE_FIELD_CODE"_s)
                                         << u"Duplicate values found in the \"code\" parameter: a"_s;
        QTest::newRow("column without type") << columnsOf({{{u"name"_s, u"A"_s}, {u"externalCode"_s, u"a"_s}}})
                                             << QJsonValue(u"VALIDATION_FIELD_MISSING_REQUIRED_PARAMETERS"_s)
                                             << u"Field must include the required parameters: \"name\", \"externalCode\" and \"type\"."_s;
        QTest::newRow("column name format") << columnsOf({column(u"amount"_s, u"a"_s, u"int"_s)})
                                            << QJsonValue(u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s) << QString();
        QTest::newRow("column name length") << columnsOf({column(QString(33, u'A'), u"a"_s, u"int"_s)})
                                            << QJsonValue(u"VALIDATION_FIELD_NAME_TOO_LONG"_s)
                                            << u"Field \"name\" must not exceed 32 characters."_s;
        QTest::newRow("column type") << columnsOf({column(u"A"_s, u"a"_s, u"varchar"_s)})
                                     << QJsonValue(u"VALIDATION_FIELD_INVALID_TYPE"_s) << u"Invalid field type."_s;
        QTest::newRow("uppercase type") << columnsOf({column(u"A"_s, u"a"_s, u"INT"_s)})
                                        << QJsonValue(u"VALIDATION_FIELD_INVALID_TYPE"_s) << QString();
        QTest::newRow("name length") << with(u"name"_s, QString(231, u'a')) << QJsonValue(u"VALIDATION_DATASET_NAME_TOO_LONG"_s)
                                     << u"Dataset name must not exceed 230 characters."_s;
        QTest::newRow("external code length") << with(u"externalCode"_s, QString(513, u'x'))
                                              << QJsonValue(u"BX_INVALID_VALUE"_s) << QString();
    }

    void addErrors()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QJsonValue, code);
        QFETCH(QString, description);
        if (fields.value(u"sourceId"_s).toInt() == 1)
            fields.insert(u"sourceId"_s, m_source);
        const SandboxReply reply = add(fields);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.apiErrorCode(), code);
        if (!description.isEmpty())
            QCOMPARE(reply.apiErrorDescription(), description);
        QCOMPARE(m_server->datasetCount(), 0);
    }

    void unknownColumnKeyIsAnOrmArgumentError()
    {
        QJsonObject fields = datasetFields(m_source);
        QJsonObject withDescription = column(u"A"_s, u"a"_s, u"int"_s);
        withDescription.insert(u"description"_s, u"text"_s);
        fields.insert(u"fields"_s, QJsonArray{withDescription});
        const SandboxReply reply = add(fields);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.topError(), u"ERROR_ARGUMENT"_s);
        QVERIFY(reply.object().contains(u"argument"_s));
        QCOMPARE(m_server->datasetCount(), 0); // nothing committed

        m_server->settings().version = PortalVersion::Docs2026_09; // newer portals know column descriptions
        QVERIFY(add(fields).result().toObject().value(u"id"_s).toInteger() > 0);
    }

    void duplicateTableNamesDependOnTheVersion()
    {
        QVERIFY(addDataset(u"twin"_s) > 0);
        QVERIFY(addDataset(u"twin"_s) > 0); // no unique constraint in the 26.250 code
        m_server->settings().version = PortalVersion::Docs2026_09;
        const SandboxReply reply = add(datasetFields(m_source, u"twin"_s));
        QCOMPARE(reply.apiError(), u"NAME_EXISTS"_s);
        QCOMPARE(reply.apiErrorDescription(), u"A table named \"twin\" already exists."_s);
        QCOMPARE(add(datasetFields(m_source, u"crm_lead"_s)).apiError(), u"DATASET_ALREADY_EXIST"_s);
        QJsonObject duplicated = datasetFields(m_source, u"other"_s);
        duplicated.insert(u"fields"_s, QJsonArray{column(u"A"_s, u"a"_s, u"int"_s), column(u"A"_s, u"b"_s, u"int"_s)});
        QCOMPARE(add(duplicated).apiError(), u"DUPLICATE_FIELDS"_s);
    }

    void updateChangesOnlyTheDescription()
    {
        const qint64 id = addDataset(u"orders"_s);
        auto update = [this](const QJsonValue &target, const QJsonObject &fields) {
            return m_client->call(u"biconnector.dataset.update"_s, {{u"id"_s, target}, {u"fields"_s, fields}});
        };
        QCOMPARE(update(id, {{u"description"_s, u"New"_s}}).result(), QJsonValue(true));
        const QJsonObject got = item(id);
        QCOMPARE(got.value(u"description"_s).toString(), u"New"_s);
        QVERIFY(!got.value(u"dateUpdate"_s).toString().isEmpty());
        QCOMPARE(got.value(u"updatedById"_s).toInt(), 1);

        const SandboxReply nested = update(id, {{u"fields"_s, QJsonArray{column(u"X"_s, u"x"_s, u"int"_s)}}});
        QCOMPARE(nested.apiError(), u"INVALID_METHOD"_s);
        QCOMPARE(nested.apiErrorDescription(),
                 u"Use the method \"biconnector.dataset.fields.update\" to update the dataset fields.\""_s);
        QCOMPARE(update(id, {{u"name"_s, u"renamed"_s}}).apiError(), u"VALIDATION_IMMUTABLE_FIELD"_s);
        QCOMPARE(update(id, {{u"sourceId"_s, m_source}}).apiError(), u"VALIDATION_IMMUTABLE_FIELD"_s);
        QCOMPARE(update(id, {{u"type"_s, u"csv"_s}}).apiError(), u"VALIDATION_READ_ONLY_FIELD"_s);
        // Ownership is checked before the nested-fields rule.
        QCOMPARE(update(id + 40, {{u"fields"_s, QJsonArray()}}).apiError(), u"DATASET_NOT_FOUND"_s);
        QCOMPARE(update(u"x"_s, {{u"description"_s, u"d"_s}}).apiError(), u"VALIDATION_INVALID_ID_FORMAT"_s);
        QCOMPARE(m_client->call(u"biconnector.dataset.update"_s, {{u"fields"_s, QJsonObject{{u"description"_s, u"d"_s}}}})
                     .apiError(),
                 u"VALIDATION_ID_NOT_PROVIDED"_s);

        QCOMPARE(m_client->call(u"biconnector.table.delete"_s, {{u"id"_s, id}}).result(), QJsonValue(true));
        QCOMPARE(m_client->call(u"biconnector.table.delete"_s, {{u"id"_s, id}}).apiError(), u"DATASET_NOT_FOUND"_s);
        QCOMPARE(m_client->call(u"biconnector.table.get"_s, {{u"id"_s, id}}).apiError(), u"DATASET_NOT_FOUND"_s);
        QCOMPARE(m_server->query(u"SELECT COUNT(*) AS n FROM dataset_fields"_s).value(0).value(u"n"_s).toInt(), 0);
    }

    void fieldsUpdateAddsUpdatesDeletes()
    {
        const qint64 id = addDataset(u"orders"_s);
        const qint64 region = columnId(id, u"REGION"_s);
        QCOMPARE(fieldsUpdate({{u"id"_s, id}}).result(), QJsonValue(true)); // nothing to do
        const SandboxReply reply = fieldsUpdate({
            {u"id"_s, id},
            {u"update"_s, QJsonArray{QJsonObject{{u"id"_s, region}, {u"visible"_s, false}}}},
            {u"add"_s, QJsonArray{QJsonObject{{u"name"_s, u"AMOUNT"_s}, {u"externalCode"_s, u"amount"_s}, {u"type"_s, u"double"_s},
                                              {u"visible"_s, false}}}},
            {u"delete"_s, QJsonArray{columnId(id, u"SALE_ID"_s)}},
        });
        QCOMPARE(reply.result(), QJsonValue(true));
        // visible in "add" is ignored: new columns are visible.
        QCOMPARE(columns(id), (QMap<QString, bool>{{u"REGION"_s, false}, {u"AMOUNT"_s, true}}));
        // A parameter that is not an array is ignored silently.
        QCOMPARE(fieldsUpdate({{u"id"_s, id}, {u"add"_s, u"AMOUNT"_s}, {u"delete"_s, 5}}).result(), QJsonValue(true));
        QCOMPARE(m_server->datasetFieldCount(id), 2);
    }

    void fieldsUpdateValidation()
    {
        const qint64 id = addDataset(u"orders"_s);
        auto error = [this](const QJsonObject &params) { return fieldsUpdate(params).apiError(); };
        QCOMPARE(error({}), u"VALIDATION_ID_NOT_PROVIDED"_s);
        QCOMPARE(error({{u"id"_s, 0}}), u"VALIDATION_INVALID_ID_FORMAT"_s);
        // Structural checks run before the ownership check.
        QCOMPARE(error({{u"id"_s, id + 99}, {u"add"_s, QJsonArray{QJsonObject{{u"name"_s, u"A"_s}}}}}),
                 u"VALIDATION_FIELD_ADD_MISSING_REQUIRED_FIELDS"_s);
        QCOMPARE(error({{u"id"_s, id + 99}, {u"update"_s, QJsonArray{QJsonObject{{u"id"_s, 1}}}}}),
                 u"VALIDATION_FIELD_UPDATE_MISSING_REQUIRED_FIELDS"_s);
        QCOMPARE(error({{u"id"_s, id + 99}, {u"delete"_s, QJsonArray{u"x"_s}}}), u"VALIDATION_FIELD_DELETE_INVALID_ID"_s);
        QCOMPARE(error({{u"id"_s, id + 99}, {u"delete"_s, QJsonArray{0}}}), u"VALIDATION_FIELD_DELETE_INVALID_ID"_s);
        QCOMPARE(error({{u"id"_s, id + 99}}), u"DATASET_NOT_FOUND"_s);

        auto addColumns = [id](std::initializer_list<QJsonObject> items) {
            QJsonArray list;
            for (const QJsonObject &item : items)
                list.append(item);
            return QJsonObject{{u"id"_s, id}, {u"add"_s, list}};
        };
        QCOMPARE(error(addColumns({column(u"X"_s, u"x"_s, u"int"_s), column(u"X"_s, u"y"_s, u"int"_s)})),
                 u"VALIDATION_DUPLICATE_FIELD_NAME"_s);
        QCOMPARE(error(addColumns({column(u"X"_s, u"x"_s, u"int"_s), column(u"Y"_s, u"x"_s, u"int"_s)})),
                 u"VALIDATION_DUPLICATE_FIELD_CODE"_s);
        QCOMPARE(error(addColumns({column(u"x1"_s, u"x"_s, u"int"_s)})), u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s);
        QCOMPARE(error(addColumns({column(QString(40, u'X'), u"x"_s, u"int"_s)})), u"VALIDATION_FIELD_NAME_TOO_LONG"_s);
        QCOMPARE(error(addColumns({column(u"X"_s, u"x"_s, u"bool"_s)})), u"VALIDATION_FIELD_INVALID_TYPE"_s);
        const SandboxReply existCode = fieldsUpdate(addColumns({column(u"X"_s, u"region"_s, u"string"_s)}));
        QCOMPARE(existCode.apiError(), u"VALIDATION_DUPLICATE_EXIST_CODE"_s);
        QCOMPARE(existCode.apiErrorDescription(),
                 u"The following \"externalCode\" values already exist in the current fields: region"_s);
        QCOMPARE(error(addColumns({column(u"REGION"_s, u"region2"_s, u"string"_s)})), u"VALIDATION_DUPLICATE_EXIST_NAME"_s);
        // Columns deleted in the same call still count.
        QJsonObject deleteAndReadd = addColumns({column(u"REGION"_s, u"region2"_s, u"string"_s)});
        deleteAndReadd.insert(u"delete"_s, QJsonArray{columnId(id, u"REGION"_s)});
        QCOMPARE(error(deleteAndReadd), u"VALIDATION_DUPLICATE_EXIST_NAME"_s);
        QCOMPARE(m_server->datasetFieldCount(id), 2);
    }

    void fieldsUpdateQuirks()
    {
        const qint64 mine = addDataset(u"mine"_s);
        const qint64 other = addDataset(u"other"_s);
        const qint64 otherRegion = columnId(other, u"REGION"_s);

        // update: foreign ids are skipped silently.
        QCOMPARE(fieldsUpdate({{u"id"_s, mine}, {u"update"_s, QJsonArray{QJsonObject{{u"id"_s, otherRegion}, {u"visible"_s, false}}}}})
                     .result(),
                 QJsonValue(true));
        QCOMPARE(columns(other).value(u"REGION"_s), true);

        // (bool) cast: the form string "false" means true, "0" hides.
        const qint64 mineRegion = columnId(mine, u"REGION"_s);
        QCOMPARE(m_client->callForm(u"biconnector.dataset.fields.update"_s,
                                    "id=" + QByteArray::number(mine) + "&update[0][id]=" + QByteArray::number(mineRegion)
                                        + "&update[0][visible]=false")
                     .result(),
                 QJsonValue(true));
        QCOMPARE(columns(mine).value(u"REGION"_s), true);
        m_client->callForm(u"biconnector.dataset.fields.update"_s,
                           "id=" + QByteArray::number(mine) + "&update[0][id]=" + QByteArray::number(mineRegion)
                               + "&update[0][visible]=0");
        QCOMPARE(columns(mine).value(u"REGION"_s), false);

        // delete filters by id only: a column of another table goes too.
        QCOMPARE(fieldsUpdate({{u"id"_s, mine}, {u"delete"_s, QJsonArray{otherRegion}}}).result(), QJsonValue(true));
        QCOMPARE(columns(other).keys(), QStringList{u"SALE_ID"_s});
    }

    void supersetSyncFailsAfterTheCommit()
    {
        m_server->settings().supersetDeployed = true;
        const qint64 table = addDataset(u"plain_table"_s, u"table"_s);
        const qint64 dataset = addDataset(u"bi_dataset"_s, u"dataset"_s);
        QVERIFY(item(table).value(u"externalId"_s).isNull());
        QVERIFY(item(dataset).value(u"externalId"_s).toInteger() > 0); // dataset.add created the BI Builder dataset

        const SandboxReply reply = fieldsUpdate({{u"id"_s, table}, {u"add"_s, QJsonArray{column(u"C"_s, u"c"_s, u"int"_s)}}});
        QCOMPARE(reply.apiErrorCode(), QJsonValue(0));
        QVERIFY(reply.result()[u"error"_s][u"error_description"_s].isObject());
        QVERIFY(columns(table).contains(u"C"_s)); // ...but the change is saved
        QCOMPARE(fieldsUpdate({{u"id"_s, dataset}, {u"add"_s, QJsonArray{column(u"C"_s, u"c"_s, u"int"_s)}}}).result(),
                 QJsonValue(true));
        // Newer portals report the same failure as DATASET_UPDATE_ERROR.
        m_server->settings().version = PortalVersion::Docs2026_09;
        const SandboxReply newer = fieldsUpdate({{u"id"_s, table}, {u"add"_s, QJsonArray{column(u"D"_s, u"d"_s, u"int"_s)}}});
        QCOMPARE(newer.apiError(), u"DATASET_UPDATE_ERROR"_s);
        QCOMPARE(newer.apiErrorDescription(), u"Error updating dataset."_s);
        // dataset.update ignores sync failures.
        QCOMPARE(m_client->call(u"biconnector.dataset.update"_s, {{u"id"_s, table}, {u"fields"_s, QJsonObject{{u"description"_s, u"x"_s}}}})
                     .result(),
                 QJsonValue(true));
    }

    void oldBehaviourSticksForTheRestOfABatch()
    {
        m_server->settings().supersetDeployed = true;
        const QString columns = u"&fields[externalName]=S&fields[externalCode]=s&fields[fields][0][name]=A"
                                "&fields[fields][0][externalCode]=a&fields[fields][0][type]=int"_s;
        const QString prefix = u"?fields[sourceId]=%1&fields[name]="_s.arg(m_source);
        auto command = [&](const QString &method, const QString &name) { return QString(method + prefix + name + columns); };
        // table.add alone: no BI Builder dataset.
        const QJsonObject alone = m_client->call(u"batch"_s, {{u"cmd"_s, QJsonObject{
            {u"t"_s, command(u"biconnector.table.add"_s, u"alone"_s)}}}}).result().toObject();
        QVERIFY(item(alone[u"result"_s][u"t"_s][u"id"_s].toInteger()).value(u"externalId"_s).isNull());
        // After a dataset.add in the same request, table.add behaves the "old" way too (a static flag).
        const QJsonObject both = m_client->call(u"batch"_s, {{u"cmd"_s, QJsonObject{
            {u"a"_s, command(u"biconnector.dataset.add"_s, u"first"_s)},
            {u"b"_s, command(u"biconnector.table.add"_s, u"second"_s)}}}}).result().toObject();
        QVERIFY(item(both[u"result"_s][u"a"_s][u"id"_s].toInteger()).value(u"externalId"_s).toInteger() > 0);
        QVERIFY(item(both[u"result"_s][u"b"_s][u"id"_s].toInteger()).value(u"externalId"_s).toInteger() > 0);
    }

    void tableMethodsExistFrom26_250()
    {
        m_server->settings().version = PortalVersion::V25_1150;
        const SandboxReply missing = m_client->call(u"biconnector.table.fields"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.topError(), u"ERROR_METHOD_NOT_FOUND"_s);
        QCOMPARE(m_client->call(u"biconnector.dataset.fields"_s).result().toObject().value(u"fields"_s).toArray().size(), 13);
        m_server->settings().version = PortalVersion::V26_250;
        QCOMPARE(m_client->call(u"biconnector.table.fields"_s).status, 200);
    }

    void newestPortalsSendZeroForMissingIds()
    {
        m_server->settings().version = PortalVersion::Docs2026_09;
        const qint64 id = addDataset(u"zeros"_s);
        const QJsonObject got = item(id);
        QCOMPARE(got.value(u"externalId"_s), QJsonValue(0));
        QCOMPARE(got.value(u"updatedById"_s), QJsonValue(0));
        QVERIFY(got.value(u"fields"_s).toArray().at(0).toObject().contains(u"description"_s));
    }
};

QTEST_GUILESS_MAIN(TestSandboxDatasets)
#include "tst_sandboxdatasets.moc"
