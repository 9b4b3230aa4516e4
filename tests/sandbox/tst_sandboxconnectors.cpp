// biconnector.connector.*: success shapes, every error code, validation order, strict types,
// webhook refusal and per-application ownership.

#include "sandboxclient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SandboxFixtures;

class TestSandboxConnectors : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

    QJsonObject validFields() const { return sampleConnectorFields(*m_server, u"Connector"_s); }

    QString addError(const QJsonObject &fields) { return m_client->call(u"biconnector.connector.add"_s, {{u"fields"_s, fields}}).apiError(); }

    QString updateError(const QJsonValue &id, const QJsonObject &fields)
    {
        return m_client->call(u"biconnector.connector.update"_s, {{u"id"_s, id}, {u"fields"_s, fields}}).apiError();
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(startSandbox(m_server, m_client, {}, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void addGetUpdateDeleteRoundTrip()
    {
        const SandboxReply added = m_client->call(u"biconnector.connector.add"_s, {{u"fields"_s, validFields()}});
        QCOMPARE(added.status, 200);
        const qint64 id = added.result().toObject().value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        QVERIFY(added.object().value(u"time"_s).toObject().contains(u"operating"_s));
        QCOMPARE(m_server->connectorCount(m_server->options().clientId), 1);

        const QJsonObject item = m_client->call(u"biconnector.connector.get"_s, {{u"id"_s, id}}).result().toObject()
                                     .value(u"item"_s).toObject();
        const QStringList expectedKeys{u"id"_s, u"title"_s, u"dateCreate"_s, u"logo"_s, u"description"_s, u"sort"_s,
                                       u"urlCheck"_s, u"settings"_s, u"urlData"_s, u"urlTableList"_s,
                                       u"urlTableDescription"_s, u"supportMapping"_s};
        QStringList keys = item.keys();
        keys.sort();
        QStringList expected = expectedKeys;
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(item.value(u"id"_s).toInteger(), id);
        QCOMPARE(item.value(u"sort"_s).toInt(), 100); // default
        QVERIFY(item.value(u"description"_s).isNull());
        QCOMPARE(item.value(u"supportMapping"_s), QJsonValue(false));
        QCOMPARE(item.value(u"settings"_s).toArray(), loginPasswordSettings());
        QVERIFY(QDateTime::fromString(item.value(u"dateCreate"_s).toString(), u"yyyy-MM-dd HH:mm:ss"_s).isValid());

        const SandboxReply updated = m_client->call(
            u"biconnector.connector.update"_s,
            {{u"id"_s, id},
             {u"fields"_s, QJsonObject{{u"title"_s, u"Renamed"_s}, {u"sort"_s, u"7"_s}, {u"supportMapping"_s, true},
                                       {u"settings"_s, QJsonArray{QJsonObject{{u"Name"_s, u"Token"_s},
                                                                              {u"code"_s, u"token"_s},
                                                                              {u"Type"_s, u"INT"_s},
                                                                              {u"extra"_s, u"dropped"_s}}}}}}});
        QCOMPARE(updated.result(), QJsonValue(true));
        const QJsonObject after = m_client->call(u"biconnector.connector.get"_s, {{u"id"_s, id}}).result().toObject()
                                      .value(u"item"_s).toObject();
        QCOMPARE(after.value(u"title"_s).toString(), u"Renamed"_s);
        QCOMPARE(after.value(u"sort"_s).toInt(), 7);
        QCOMPARE(after.value(u"supportMapping"_s), QJsonValue(true));
        // settings replace the whole list; item keys are case-converted, extra keys dropped.
        QCOMPARE(after.value(u"settings"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"name"_s, u"Token"_s}, {u"code"_s, u"token"_s}, {u"type"_s, u"INT"_s}}}));

        // camel2snake() turns "CODE" into "C_OD_E": all-caps item keys are not recognised.
        QCOMPARE(updateError(id, {{u"settings"_s, QJsonArray{QJsonObject{{u"NAME"_s, u"n"_s}, {u"CODE"_s, u"c"_s},
                                                                         {u"TYPE"_s, u"INT"_s}}}}}),
                 u"VALIDATION_SETTINGS_MISSING_REQUIRED_FIELDS"_s);

        QCOMPARE(m_client->call(u"biconnector.connector.delete"_s, {{u"id"_s, id}}).result(), QJsonValue(true));
        QCOMPARE(m_server->connectorCount(), 0);
        QCOMPARE(m_client->call(u"biconnector.connector.get"_s, {{u"id"_s, id}}).apiError(), u"CONNECTOR_NOT_FOUND"_s);
    }

    void addErrors_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("description");

        const QJsonObject valid = connectorFields(u"http://connector.example/"_s, u"Connector"_s);
        auto with = [&valid](const QString &key, const QJsonValue &value) {
            QJsonObject fields = valid;
            fields.insert(key, value);
            return fields;
        };
        auto without = [&valid](const QString &key) {
            QJsonObject fields = valid;
            fields.remove(key);
            return fields;
        };
        auto setting = [](const QJsonObject &item) { return QJsonArray{item}; };

        QTest::newRow("empty fields") << QJsonObject() << u"VALIDATION_FIELDS_NOT_PROVIDED"_s << u"Fields not provided."_s;
        QTest::newRow("unknown") << with(u"color"_s, u"red"_s) << u"VALIDATION_UNKNOWN_PARAMETERS"_s
                                 << u"Unknown parameters: color"_s;
        QTest::newRow("required") << without(u"logo"_s) << u"VALIDATION_REQUIRED_FIELD_MISSING"_s
                                  << u"Field \"logo\" is required."_s;
        QTest::newRow("read only") << with(u"dateCreate"_s, u"2024-01-01 00:00:00"_s) << u"VALIDATION_READ_ONLY_FIELD"_s
                                   << u"Field \"dateCreate\" is read only."_s;
        QTest::newRow("string type") << with(u"title"_s, 42) << u"VALIDATION_INVALID_FIELD_TYPE"_s
                                     << u"Field \"title\" must be of type string."_s;
        QTest::newRow("null is no string") << with(u"description"_s, QJsonValue()) << u"VALIDATION_INVALID_FIELD_TYPE"_s
                                           << u"Field \"description\" must be of type string."_s;
        QTest::newRow("integer type") << with(u"sort"_s, u"ten"_s) << u"VALIDATION_INVALID_FIELD_TYPE"_s
                                      << u"Field \"sort\" must be of type integer."_s;
        QTest::newRow("array type") << with(u"settings"_s, u"login"_s) << u"VALIDATION_INVALID_FIELD_TYPE"_s
                                    << u"Field \"settings\" must be of type array."_s;
        QTest::newRow("boolean type") << with(u"supportMapping"_s, u"true"_s) << u"VALIDATION_INVALID_FIELD_TYPE"_s
                                      << u"Field \"supportMapping\" must be of type boolean."_s;
        QTest::newRow("setting without code")
            << with(u"settings"_s, setting({{u"name"_s, u"Login"_s}, {u"type"_s, u"STRING"_s}}))
            << u"VALIDATION_SETTINGS_MISSING_REQUIRED_FIELDS"_s
            << u"Settings must include \"type\", \"name\" and \"code\" fields."_s;
        QTest::newRow("setting name too long")
            << with(u"settings"_s, setting({{u"name"_s, QString(513, u'n')}, {u"code"_s, u"c"_s}, {u"type"_s, u"STRING"_s}}))
            << u"VALIDATION_SETTINGS_NAME_TOO_LONG"_s << u"Parameter \"name\" must be less than 512 characters."_s;
        QTest::newRow("setting code too long")
            << with(u"settings"_s, setting({{u"name"_s, u"n"_s}, {u"code"_s, QString(513, u'c')}, {u"type"_s, u"STRING"_s}}))
            << u"VALIDATION_SETTINGS_CODE_TOO_LONG"_s << u"Parameter \"code\" must be less than 512 characters."_s;
        QTest::newRow("setting type is case-sensitive")
            << with(u"settings"_s, setting({{u"name"_s, u"n"_s}, {u"code"_s, u"c"_s}, {u"type"_s, u"string"_s}}))
            << u"VALIDATION_SETTINGS_INVALID_TYPE"_s << u"Parameter \"type\" is not correct."_s;
        QTest::newRow("empty title (ORM)") << with(u"title"_s, u""_s) << u"BX_EMPTY_REQUIRED"_s << QString();
        QTest::newRow("long title (ORM)") << with(u"title"_s, QString(513, u't')) << u"BX_INVALID_VALUE"_s << QString();
        QTest::newRow("long url (ORM)") << with(u"urlData"_s, QString(u"http://x/"_s + QString(2048, u'u')))
                                        << u"BX_INVALID_VALUE"_s << QString();
    }

    void addErrors()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, code);
        QFETCH(QString, description);
        const SandboxReply reply = m_client->call(u"biconnector.connector.add"_s, {{u"fields"_s, fields}});
        QCOMPARE(reply.status, 200); // biconnector errors travel inside result
        QCOMPARE(reply.apiError(), code);
        if (!description.isEmpty())
            QCOMPARE(reply.apiErrorDescription(), description);
        QVERIFY(reply.object().contains(u"time"_s));
        QCOMPARE(m_server->connectorCount(), 0);
    }

    void settingLimitsAreInclusive()
    {
        QJsonObject fields = validFields();
        fields.insert(u"settings"_s, QJsonArray{QJsonObject{{u"name"_s, QString(512, u'n')}, {u"code"_s, QString(512, u'c')},
                                                            {u"type"_s, u"INT"_s}}});
        QCOMPARE(addError(fields), QString());
        fields.insert(u"settings"_s, QJsonArray());
        QCOMPARE(addError(fields), QString()); // an empty settings list is allowed
        QCOMPARE(m_server->connectorCount(), 2);
    }

    void onlyTheFirstErrorInSchemaOrder()
    {
        QJsonObject fields = validFields();
        fields.insert(u"zeta"_s, 1);
        fields.insert(u"alpha"_s, 2);
        fields.remove(u"title"_s);
        // Unknown keys come first, listed in the order they were sent.
        const SandboxReply unknown = m_client->call(u"biconnector.connector.add"_s, {{u"fields"_s, fields}});
        QCOMPARE(unknown.apiError(), u"VALIDATION_UNKNOWN_PARAMETERS"_s);
        QCOMPARE(unknown.apiErrorDescription(), u"Unknown parameters: alpha, zeta"_s); // QJsonObject sorts keys
        const QByteArray raw = "{\"fields\":{\"zeta\":1,\"alpha\":2,\"title\":\"t\"},\"auth\":\""
            + m_client->token().toUtf8() + "\"}";
        QCOMPARE(m_client->postJson(m_server->restUrl().resolved(QUrl(u"biconnector.connector.add"_s)), raw)
                     .apiErrorDescription(),
                 u"Unknown parameters: zeta, alpha"_s);

        // Then schema order: title (required) is checked before sort (type) and logo (required).
        fields = validFields();
        fields.remove(u"title"_s);
        fields.remove(u"logo"_s);
        fields.insert(u"sort"_s, u"x"_s);
        QCOMPARE(addError(fields), u"VALIDATION_REQUIRED_FIELD_MISSING"_s);
        fields.insert(u"title"_s, 5);
        QCOMPARE(addError(fields), u"VALIDATION_INVALID_FIELD_TYPE"_s);
        // Generic validation wins over the settings checks.
        fields = validFields();
        fields.insert(u"sort"_s, u"x"_s);
        fields.insert(u"settings"_s, QJsonArray{QJsonObject{}});
        QCOMPARE(addError(fields), u"VALIDATION_INVALID_FIELD_TYPE"_s);
    }

    void formEncodedBooleanIsNeverBoolean()
    {
        const QString base = m_server->connectorUrl().toString();
        QByteArray form = "fields[title]=T&fields[logo]=L&fields[urlCheck]=" + base.toUtf8() + "check&fields[urlData]=d"
                          "&fields[urlTableList]=l&fields[urlTableDescription]=td"
                          "&fields[settings][0][name]=Login&fields[settings][0][code]=login&fields[settings][0][type]=STRING";
        const SandboxReply withFlag = m_client->callForm(u"biconnector.connector.add"_s, form + "&fields[supportMapping]=true");
        QCOMPARE(withFlag.apiError(), u"VALIDATION_INVALID_FIELD_TYPE"_s);
        QCOMPARE(withFlag.apiErrorDescription(), u"Field \"supportMapping\" must be of type boolean."_s);
        // Numbers as form strings pass is_numeric; the rest of the form works.
        const SandboxReply plain = m_client->callForm(u"biconnector.connector.add"_s, form + "&fields[sort]=5");
        QVERIFY(plain.result().toObject().value(u"id"_s).toInteger() > 0);
    }

    void invalidJsonIsSilentlyIgnored()
    {
        const SandboxReply reply = m_client->postJson(
            m_server->restUrl().resolved(QUrl(u"biconnector.connector.add?auth="_s + m_client->token())), "{not json");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.apiError(), u"VALIDATION_FIELDS_NOT_PROVIDED"_s);
    }

    void updateErrors()
    {
        const qint64 id = m_client->addId(u"biconnector.connector.add"_s, validFields());
        QVERIFY(id > 0);
        QCOMPARE(m_client->call(u"biconnector.connector.update"_s, {{u"fields"_s, QJsonObject{{u"title"_s, u"x"_s}}}})
                     .apiError(),
                 u"VALIDATION_ID_NOT_PROVIDED"_s);
        QCOMPARE(m_client->call(u"biconnector.connector.update"_s, {{u"id"_s, u"abc"_s}}).apiErrorDescription(),
                 u"ID has to be a positive integer."_s);
        QCOMPARE(updateError(0, {{u"title"_s, u"x"_s}}), u"VALIDATION_INVALID_ID_FORMAT"_s);
        QCOMPARE(updateError(QJsonValue(), {{u"title"_s, u"x"_s}}), u"VALIDATION_INVALID_ID_FORMAT"_s);
        QCOMPARE(updateError(id, {}), u"VALIDATION_FIELDS_NOT_PROVIDED"_s);
        QCOMPARE(updateError(id, {{u"id"_s, 5}}), u"VALIDATION_READ_ONLY_FIELD"_s);
        QCOMPARE(updateError(id, {{u"nope"_s, 5}}), u"VALIDATION_UNKNOWN_PARAMETERS"_s);
        QCOMPARE(updateError(id, {{u"sort"_s, true}}), u"VALIDATION_INVALID_FIELD_TYPE"_s);
        QCOMPARE(updateError(id + 100, {{u"title"_s, u"x"_s}}), u"CONNECTOR_NOT_FOUND"_s);
        // The existence check comes before the settings checks.
        QCOMPARE(updateError(id + 100, {{u"settings"_s, QJsonArray{QJsonObject{}}}}), u"CONNECTOR_NOT_FOUND"_s);
        QCOMPARE(updateError(id, {{u"settings"_s, QJsonArray{QJsonObject{}}}}),
                 u"VALIDATION_SETTINGS_MISSING_REQUIRED_FIELDS"_s);
        QCOMPARE(updateError(id, {{u"title"_s, u""_s}}), u"BX_EMPTY_REQUIRED"_s);
        // "5" and 5.0 are numeric ids too.
        QCOMPARE(updateError(QString::number(id), {{u"description"_s, u"d"_s}}), QString());
        QCOMPARE(updateError(double(id), {{u"description"_s, u"e"_s}}), QString());
    }

    void deleteIsRestrictedWhileSourcesExist()
    {
        const qint64 connector = m_client->addId(u"biconnector.connector.add"_s, validFields());
        const qint64 source = m_client->addId(u"biconnector.source.add"_s, sourceFields(connector));
        QVERIFY(source > 0);
        const SandboxReply restricted = m_client->call(u"biconnector.connector.delete"_s, {{u"id"_s, connector}});
        QCOMPARE(restricted.apiError(), u"CONNECTOR_DELETE_RESTRICTED"_s);
        QCOMPARE(restricted.apiErrorDescription(),
                 u"Connector cannot be removed. Remove the connections related to the connector first."_s);
        QCOMPARE(m_client->call(u"biconnector.connector.delete"_s, {}).apiError(), u"VALIDATION_ID_NOT_PROVIDED"_s);
        QCOMPARE(m_client->call(u"biconnector.connector.delete"_s, {{u"id"_s, -3}}).apiError(),
                 u"VALIDATION_INVALID_ID_FORMAT"_s);
        QCOMPARE(m_client->call(u"biconnector.connector.delete"_s, {{u"id"_s, connector + 9}}).apiError(),
                 u"CONNECTOR_NOT_FOUND"_s);
        QCOMPARE(m_client->call(u"biconnector.source.delete"_s, {{u"id"_s, source}}).result(), QJsonValue(true));
        QCOMPARE(m_client->call(u"biconnector.connector.delete"_s, {{u"id"_s, connector}}).result(), QJsonValue(true));
    }

    void getErrors()
    {
        QCOMPARE(m_client->call(u"biconnector.connector.get"_s).apiError(), u"VALIDATION_ID_NOT_PROVIDED"_s);
        QCOMPARE(m_client->call(u"biconnector.connector.get"_s, {{u"id"_s, u"1x"_s}}).apiError(),
                 u"VALIDATION_INVALID_ID_FORMAT"_s);
        QCOMPARE(m_client->call(u"biconnector.connector.get"_s, {{u"id"_s, 77}}).apiError(), u"CONNECTOR_NOT_FOUND"_s);
    }

    void fieldsDescribeTheSchemaPerVersion()
    {
        const QJsonArray fields = m_client->call(u"biconnector.connector.fields"_s).result().toObject()
                                      .value(u"fields"_s).toArray();
        QStringList titles;
        for (const QJsonValue &field : fields)
            titles.append(field.toObject().value(u"title"_s).toString());
        QCOMPARE(titles, (QStringList{u"id"_s, u"title"_s, u"logo"_s, u"description"_s, u"sort"_s, u"urlCheck"_s,
                                      u"urlData"_s, u"urlTableList"_s, u"urlTableDescription"_s, u"settings"_s,
                                      u"dateCreate"_s, u"supportMapping"_s}));
        QCOMPARE(fields.at(0).toObject(),
                 (QJsonObject{{u"title"_s, u"id"_s}, {u"type"_s, u"integer"_s}, {u"isRequired"_s, true},
                              {u"isReadOnly"_s, true}, {u"isImmutable"_s, false}, {u"isMultiple"_s, false}}));
        QCOMPARE(fields.at(9).toObject().value(u"isMultiple"_s), QJsonValue(true));

        m_server->settings().version = PortalVersion::V25_550;
        const QJsonArray old = m_client->call(u"biconnector.connector.fields"_s).result().toObject()
                                   .value(u"fields"_s).toArray();
        QCOMPARE(old.size(), 11);
        QJsonObject fieldsWithFlag = validFields();
        fieldsWithFlag.insert(u"supportMapping"_s, true);
        QCOMPARE(addError(fieldsWithFlag), u"VALIDATION_UNKNOWN_PARAMETERS"_s);

        m_server->settings().version = PortalVersion::Docs2026_09;
        fieldsWithFlag.insert(u"sourceCode"_s, u"acme"_s);
        QCOMPARE(addError(fieldsWithFlag), QString());
    }

    void webhooksAreRefusedExceptFields()
    {
        const QUrl webhook = m_server->restUrl().resolved(QUrl(u"1/w3bh00kc0de/"_s));
        const QByteArray body = QJsonDocument(QJsonObject{{u"fields"_s, validFields()}}).toJson();
        for (const QString &method : {u"biconnector.connector.add"_s, u"biconnector.connector.list"_s,
                                      u"biconnector.source.list.json"_s, u"biconnector.dataset.get/"_s}) {
            const SandboxReply reply = m_client->postJson(webhook.resolved(QUrl(method)), body);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.apiError(), u"ACCESS_DENIED"_s);
            QCOMPARE(reply.apiErrorDescription(), u"Access denied."_s);
        }
        const SandboxReply fields = m_client->postJson(webhook.resolved(QUrl(u"biconnector.source.fields"_s)), "{}");
        QCOMPARE(fields.result().toObject().value(u"fields"_s).toArray().size(), 12);
        QCOMPARE(m_server->connectorCount(), 0);

        m_server->settings().webhookHttpsRequired = true;
        const SandboxReply https = m_client->postJson(webhook.resolved(QUrl(u"biconnector.source.fields"_s)), "{}");
        QCOMPARE(https.status, 401);
        QCOMPARE(https.topError(), u"INVALID_REQUEST"_s);
    }

    void withoutBiAccessEverythingIsDenied()
    {
        m_server->settings().biAccess = false;
        QCOMPARE(m_client->call(u"biconnector.connector.fields"_s).apiError(), u"ACCESS_DENIED"_s);
        QCOMPARE(addError(validFields()), u"ACCESS_DENIED"_s);
    }

    void anotherApplicationSeesNothing()
    {
        const qint64 mine = m_client->addId(u"biconnector.connector.add"_s, validFields());
        QVERIFY(mine > 0);
        m_server->registerClient(u"local.other.app"_s, u"other-secret"_s);
        SandboxClient other(*m_server);
        other.setToken(m_server->issueTokens(u"local.other.app"_s).accessToken);
        QVERIFY(!other.token().isEmpty());

        QCOMPARE(other.call(u"biconnector.connector.list"_s).result().toArray().size(), 0);
        QCOMPARE(other.call(u"biconnector.connector.get"_s, {{u"id"_s, mine}}).apiError(), u"CONNECTOR_NOT_FOUND"_s);
        QCOMPARE(other.call(u"biconnector.connector.update"_s, {{u"id"_s, mine}, {u"fields"_s, QJsonObject{{u"title"_s, u"x"_s}}}})
                     .apiError(),
                 u"CONNECTOR_NOT_FOUND"_s);
        QCOMPARE(other.call(u"biconnector.connector.delete"_s, {{u"id"_s, mine}}).apiError(), u"CONNECTOR_NOT_FOUND"_s);
        QCOMPARE(other.call(u"biconnector.source.add"_s, {{u"fields"_s, sourceFields(mine)}}).apiError(),
                 u"CONNECTOR_NOT_FOUND"_s);
        const qint64 theirs = other.addId(u"biconnector.connector.add"_s, validFields());
        QVERIFY(theirs > 0);
        QCOMPARE(m_server->connectorCount(u"local.other.app"_s), 1);
        QCOMPARE(m_server->connectorCount(m_server->options().clientId), 1);
        QCOMPARE(m_client->call(u"biconnector.connector.list"_s).result().toArray().size(), 1);
        QCOMPARE(m_server->query(u"SELECT app_id FROM connectors WHERE id = ?"_s, {theirs}).value(0).value(u"app_id"_s).toString(),
                 u"local.other.app"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxConnectors)
#include "tst_sandboxconnectors.moc"
