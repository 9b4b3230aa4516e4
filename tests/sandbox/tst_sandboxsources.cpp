// biconnector.source.*: the urlCheck round trip on add/update (against the real sample connector),
// the SourceManager merge rules, error codes, get shape, delete chain and ownership.

#include "sandbox/sampleconnector/sampleconnector.h"
#include "sandboxclient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SandboxFixtures;

class TestSandboxSources : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
    qint64 m_connector = 0;

    SandboxReply add(const QJsonObject &fields) { return m_client->call(u"biconnector.source.add"_s, {{u"fields"_s, fields}}); }

    SandboxReply update(const QJsonValue &id, const QJsonObject &fields)
    {
        return m_client->call(u"biconnector.source.update"_s, {{u"id"_s, id}, {u"fields"_s, fields}});
    }

    QJsonObject item(qint64 id)
    {
        return m_client->call(u"biconnector.source.get"_s, {{u"id"_s, id}}).result().toObject().value(u"item"_s).toObject();
    }

    // {code: value} of the stored settings.
    QMap<QString, QString> storedSettings(qint64 id)
    {
        QMap<QString, QString> result;
        for (const QJsonValue &setting : item(id).value(u"settings"_s).toArray())
            result.insert(setting[u"code"_s].toString(), setting[u"value"_s].toString());
        return result;
    }

    int checks() const { return m_server->requestCount(u"connector/check"_s); }

    // A connector whose urlCheck accepts any credentials (like the official example connector).
    qint64 lenientConnector(const QJsonArray &settings)
    {
        QJsonObject fields = connectorFields(m_server->connectorUrl().toString() + u"broken/acceptsanything/"_s);
        fields.insert(u"settings"_s, settings);
        return m_client->addId(u"biconnector.connector.add"_s, fields);
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(startSandbox(m_server, m_client, {}, &error), qPrintable(error));
        m_connector = m_client->addId(u"biconnector.connector.add"_s, sampleConnectorFields(*m_server));
        QVERIFY(m_connector > 0);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void addCallsUrlCheckWithTheCredentials()
    {
        QJsonObject fields = sourceFields(m_connector, u"Sales DB"_s);
        fields.insert(u"description"_s, u"Main"_s);
        fields.insert(u"active"_s, false); // validated, then ignored
        const SandboxReply reply = add(fields);
        const qint64 id = reply.result().toObject().value(u"id"_s).toInteger();
        QVERIFY2(id > 0, reply.body.constData());
        QCOMPARE(checks(), 1);
        const QJsonObject sent = m_server->sampleConnector()->lastParameters(u"check"_s);
        QCOMPARE(sent.value(u"connection"_s).toObject(), goodCredentials());

        const QJsonObject got = item(id);
        const QJsonObject connection = got.value(u"connection"_s).toObject();
        QCOMPARE(connection.value(u"id"_s).toInteger(), id);
        QCOMPARE(connection.value(u"type"_s).toString(), u"rest"_s);
        QCOMPARE(connection.value(u"code"_s).toString(), u"rest_%1"_s.arg(m_connector));
        QCOMPARE(connection.value(u"title"_s).toString(), u"Sales DB"_s);
        QCOMPARE(connection.value(u"description"_s).toString(), u"Main"_s);
        QCOMPARE(connection.value(u"active"_s), QJsonValue(true));
        QCOMPARE(connection.value(u"createdById"_s).toInt(), 1);
        QCOMPARE(connection.value(u"updatedById"_s).toInt(), 1);
        QVERIFY(!connection.value(u"dateCreate"_s).toString().isEmpty());
        QCOMPARE(got.value(u"connectorId"_s).toInteger(), m_connector);
        const QJsonArray settings = got.value(u"settings"_s).toArray();
        QCOMPARE(settings.size(), 2);
        const QJsonObject login = settings.at(0).toObject();
        QCOMPARE(login.keys(), (QStringList{u"code"_s, u"id"_s, u"name"_s, u"type"_s, u"value"_s}));
        QCOMPARE(login.value(u"name"_s).toString(), u"Login"_s);
        QCOMPARE(login.value(u"type"_s).toString(), u"STRING"_s);
        QCOMPARE(login.value(u"value"_s).toString(), u"demo"_s); // clear text, as the real portal
    }

    void addFailsWhenTheConnectorRejectsTheCredentials()
    {
        QJsonObject fields = sourceFields(m_connector);
        fields.insert(u"settings"_s, QJsonObject{{u"login"_s, u"demo"_s}, {u"password"_s, u"wrong"_s}});
        const SandboxReply reply = add(fields);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.apiError(), u"SOURCE_CREATE_CONNECTION_ERROR"_s);
        QCOMPARE(reply.apiErrorDescription(), u"Cannot create connection."_s);
        QCOMPARE(checks(), 1);
        QCOMPARE(m_server->sourceCount(), 0);

        // No settings at all: no connection[] key is sent, the connector refuses.
        fields.insert(u"settings"_s, QJsonArray());
        QCOMPARE(add(fields).apiError(), u"SOURCE_CREATE_CONNECTION_ERROR"_s);
        QVERIFY(!m_server->sampleConnector()->lastParameters(u"check"_s).contains(u"connection"_s));
    }

    void addValidation_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("code");
        const QJsonObject valid = sourceFields(1);
        auto with = [&valid](const QString &key, const QJsonValue &value) {
            QJsonObject fields = valid;
            fields.insert(key, value);
            return fields;
        };
        QJsonObject noConnector = valid;
        noConnector.remove(u"connectorId"_s);
        QTest::newRow("no fields") << QJsonObject() << u"VALIDATION_FIELDS_NOT_PROVIDED"_s;
        QTest::newRow("unknown") << with(u"connector"_s, 1) << u"VALIDATION_UNKNOWN_PARAMETERS"_s;
        QTest::newRow("required connectorId") << noConnector << u"VALIDATION_REQUIRED_FIELD_MISSING"_s;
        QTest::newRow("read-only code") << with(u"code"_s, u"rest_1"_s) << u"VALIDATION_READ_ONLY_FIELD"_s;
        QTest::newRow("read-only type") << with(u"type"_s, u"rest"_s) << u"VALIDATION_READ_ONLY_FIELD"_s;
        QTest::newRow("boolean from string") << with(u"active"_s, u"Y"_s) << u"VALIDATION_INVALID_FIELD_TYPE"_s;
        QTest::newRow("connectorId not numeric") << with(u"connectorId"_s, u"one"_s) << u"VALIDATION_INVALID_FIELD_TYPE"_s;
        QTest::newRow("settings not array") << with(u"settings"_s, u"login=demo"_s) << u"VALIDATION_INVALID_FIELD_TYPE"_s;
        QTest::newRow("foreign connector") << with(u"connectorId"_s, 999) << u"CONNECTOR_NOT_FOUND"_s;
    }

    void addValidation()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, code);
        if (fields.value(u"connectorId"_s).toInt() == 1)
            fields.insert(u"connectorId"_s, m_connector);
        QCOMPARE(add(fields).apiError(), code);
        QCOMPARE(checks(), 0); // validation and ownership come before urlCheck
        QCOMPARE(m_server->sourceCount(), 0);
    }

    void emptyTitleFailsAfterUrlCheckWithCodeZero()
    {
        QJsonObject fields = sourceFields(m_connector);
        fields.insert(u"title"_s, u"0"_s); // PHP empty()
        const SandboxReply reply = add(fields);
        QCOMPARE(reply.apiErrorCode(), QJsonValue(0));
        QCOMPARE(reply.apiErrorDescription(), u"All the fields are required."_s);
        QCOMPARE(checks(), 1);
        QCOMPARE(m_server->sourceCount(), 0);
    }

    void undeclaredSettingsAreCheckedButNotStored()
    {
        const qint64 lenient = lenientConnector(loginPasswordSettings());
        const SandboxReply reply = add({{u"title"_s, u"T"_s}, {u"connectorId"_s, lenient},
                                        {u"settings"_s, QJsonObject{{u"login"_s, u"  padded  "_s}, {u"extra"_s, u"x"_s}}}});
        const qint64 id = reply.result().toObject().value(u"id"_s).toInteger();
        QVERIFY2(id > 0, reply.body.constData());
        // urlCheck got every passed key, untrimmed.
        QCOMPARE(m_server->sampleConnector()->lastParameters(u"broken/acceptsanything/check"_s).value(u"connection"_s).toObject(),
                 (QJsonObject{{u"login"_s, u"  padded  "_s}, {u"extra"_s, u"x"_s}}));
        // Only declared codes are stored, trimmed; the missing declared password is simply absent.
        QCOMPARE(storedSettings(id), (QMap<QString, QString>{{u"login"_s, u"padded"_s}}));
    }

    void updateMergesSettingsByCode()
    {
        const qint64 id = add(sourceFields(m_connector)).result().toObject().value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        const int checksBefore = checks();

        // Only title: urlCheck still runs, with the stored settings.
        QCOMPARE(update(id, {{u"title"_s, u"Renamed"_s}}).result(), QJsonValue(true));
        QCOMPARE(checks(), checksBefore + 1);
        QCOMPARE(m_server->sampleConnector()->lastParameters(u"check"_s).value(u"connection"_s).toObject(), goodCredentials());
        QCOMPARE(item(id).value(u"connection"_s).toObject().value(u"title"_s).toString(), u"Renamed"_s);

        // A new password: urlCheck gets stored login + new password (rejected here).
        const SandboxReply rejected = update(id, {{u"title"_s, u"Renamed"_s},
                                                  {u"settings"_s, QJsonObject{{u"password"_s, u"changed"_s}}}});
        QCOMPARE(rejected.apiError(), u"SOURCE_UPDATE_CONNECTION_ERROR"_s);
        QCOMPARE(rejected.apiErrorDescription(), u"Cannot update connection."_s);
        QCOMPARE(m_server->sampleConnector()->lastParameters(u"check"_s).value(u"connection"_s).toObject(),
                 (QJsonObject{{u"login"_s, u"demo"_s}, {u"password"_s, u"changed"_s}}));
        QCOMPARE(storedSettings(id).value(u"password"_s), u"demo-secret"_s);

        // Without title: code 0 after the urlCheck call.
        const int checksBeforeTitle = checks();
        const SandboxReply noTitle = update(id, {{u"description"_s, u"d"_s}});
        QCOMPARE(noTitle.apiErrorCode(), QJsonValue(0));
        QCOMPARE(noTitle.apiErrorDescription(), u"All the fields are required."_s);
        QCOMPARE(checks(), checksBeforeTitle + 1);

        QCOMPARE(update(id, {{u"connectorId"_s, m_connector}, {u"title"_s, u"x"_s}}).apiError(), u"VALIDATION_IMMUTABLE_FIELD"_s);
        QCOMPARE(update(id, {{u"dateUpdate"_s, u"x"_s}}).apiError(), u"VALIDATION_READ_ONLY_FIELD"_s);
        QCOMPARE(update(id + 50, {{u"title"_s, u"x"_s}}).apiError(), u"SOURCE_NOT_FOUND"_s);
        QCOMPARE(update(QJsonValue(), {{u"title"_s, u"x"_s}}).apiError(), u"VALIDATION_INVALID_ID_FORMAT"_s);
        QCOMPARE(m_client->call(u"biconnector.source.update"_s, {{u"fields"_s, QJsonObject{{u"title"_s, u"x"_s}}}}).apiError(),
                 u"VALIDATION_ID_NOT_PROVIDED"_s);
        QCOMPARE(update(id, {}).apiError(), u"VALIDATION_FIELDS_NOT_PROVIDED"_s);
    }

    void updateDropsSettingsTheConnectorNoLongerDeclares()
    {
        const qint64 lenient = lenientConnector(loginPasswordSettings());
        const qint64 id = add({{u"title"_s, u"T"_s}, {u"connectorId"_s, lenient},
                               {u"settings"_s, QJsonObject{{u"login"_s, u"a"_s}, {u"password"_s, u"b"_s}}}})
                              .result().toObject().value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        QJsonArray onlyLoginAndToken = loginPasswordSettings();
        onlyLoginAndToken.removeAt(1);
        onlyLoginAndToken.append(QJsonObject{{u"name"_s, u"Token"_s}, {u"code"_s, u"token"_s}, {u"type"_s, u"STRING"_s}});
        QCOMPARE(m_client->call(u"biconnector.connector.update"_s,
                                {{u"id"_s, lenient}, {u"fields"_s, QJsonObject{{u"settings"_s, onlyLoginAndToken}}}})
                     .result(),
                 QJsonValue(true));
        QCOMPARE(update(id, {{u"title"_s, u"T"_s}, {u"settings"_s, QJsonObject{{u"token"_s, u" t0k "_s}}}}).result(),
                 QJsonValue(true));
        QCOMPARE(storedSettings(id), (QMap<QString, QString>{{u"login"_s, u"a"_s}, {u"token"_s, u"t0k"_s}}));
    }

    void deleteNeedsTheDatasetsGoneFirst()
    {
        const qint64 id = add(sourceFields(m_connector)).result().toObject().value(u"id"_s).toInteger();
        const qint64 dataset = m_client->addId(u"biconnector.dataset.add"_s, datasetFields(id));
        QVERIFY(dataset > 0);
        const SandboxReply restricted = m_client->call(u"biconnector.source.delete"_s, {{u"id"_s, id}});
        QCOMPARE(restricted.apiError(), u"BX_ERROR"_s);
        QCOMPARE(restricted.apiErrorDescription(), u"Cannot delete source. Delete all related datasets first."_s);
        QCOMPARE(m_server->sourceCount(), 1);
        QCOMPARE(m_client->call(u"biconnector.dataset.delete"_s, {{u"id"_s, dataset}}).result(), QJsonValue(true));
        QCOMPARE(m_client->call(u"biconnector.source.delete"_s, {{u"id"_s, id}}).result(), QJsonValue(true));
        QCOMPARE(m_server->sourceCount(), 0);
        QCOMPARE(m_server->query(u"SELECT COUNT(*) AS n FROM source_settings"_s).value(0).value(u"n"_s).toInt(), 0);
        QCOMPARE(m_client->call(u"biconnector.source.delete"_s, {{u"id"_s, id}}).apiError(), u"SOURCE_NOT_FOUND"_s);
        QCOMPARE(m_client->call(u"biconnector.source.get"_s, {{u"id"_s, id}}).apiError(), u"SOURCE_NOT_FOUND"_s);
        QCOMPARE(m_client->call(u"biconnector.source.get"_s).apiError(), u"VALIDATION_ID_NOT_PROVIDED"_s);
    }

    void anotherApplicationCannotReachTheSource()
    {
        const qint64 id = add(sourceFields(m_connector)).result().toObject().value(u"id"_s).toInteger();
        m_server->registerClient(u"local.other"_s, u"s"_s);
        SandboxClient other(*m_server);
        other.setToken(m_server->issueTokens(u"local.other"_s).accessToken);
        QCOMPARE(other.call(u"biconnector.source.get"_s, {{u"id"_s, id}}).apiError(), u"SOURCE_NOT_FOUND"_s);
        QCOMPARE(other.call(u"biconnector.source.update"_s, {{u"id"_s, id}, {u"fields"_s, QJsonObject{{u"title"_s, u"x"_s}}}})
                     .apiError(),
                 u"SOURCE_NOT_FOUND"_s);
        QCOMPARE(other.call(u"biconnector.source.delete"_s, {{u"id"_s, id}}).apiError(), u"SOURCE_NOT_FOUND"_s);
        QCOMPARE(other.call(u"biconnector.source.list"_s).result().toArray().size(), 0);
        QCOMPARE(other.call(u"biconnector.dataset.add"_s, {{u"fields"_s, datasetFields(id)}}).apiError(), u"SOURCE_NOT_FOUND"_s);
        QCOMPARE(m_server->sourceCount(u"local.other"_s), 0);
        QCOMPARE(m_server->sourceCount(m_server->options().clientId), 1);
    }

    void privateAddressesCanBeRefused()
    {
        m_server->settings().privateIpRefusal = true;
        QCOMPARE(add(sourceFields(m_connector)).apiError(), u"SOURCE_CREATE_CONNECTION_ERROR"_s);
        QCOMPARE(checks(), 0); // the portal never connected
        m_server->settings().privateIpRefusal = false;
        QVERIFY(add(sourceFields(m_connector)).result().toObject().value(u"id"_s).toInteger() > 0);
    }

    void reservedHostNamesFailWithoutALookup()
    {
        const qint64 example = m_client->addId(u"biconnector.connector.add"_s,
                                               connectorFields(u"https://bi.acme-marketing.example/connector/"_s));
        QCOMPARE(add(sourceFields(example)).apiError(), u"SOURCE_CREATE_CONNECTION_ERROR"_s);
    }

    void aSlowConnectorTimesOut()
    {
        // An address that accepts nothing: the transfer timeout ends the check.
        QJsonObject fields = connectorFields(u"http://10.255.255.1:9/"_s);
        const qint64 unreachable = m_client->addId(u"biconnector.connector.add"_s, fields);
        m_server->settings().urlCheckTimeoutMs = 200;
        QCOMPARE(add(sourceFields(unreachable)).apiError(), u"SOURCE_CREATE_CONNECTION_ERROR"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSources)
#include "tst_sandboxsources.moc"
