// *.list: page-only paging without total/next, select/filter/order validation and semantics, the
// relation filters, and the real server's quirks (explicit-select dates, crashes, LOGIC rules).

#include "sandboxclient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SandboxFixtures;

class TestSandboxLists : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

    SandboxReply list(const QString &entity, const QJsonObject &params = {})
    {
        return m_client->call(u"biconnector.%1.list"_s.arg(entity), params);
    }

    QList<qint64> ids(const SandboxReply &reply)
    {
        QList<qint64> result;
        for (const QJsonValue &item : reply.result().toArray())
            result.append(item[u"id"_s].toInteger());
        return result;
    }

    void start(const QString &seed)
    {
        QString error;
        QVERIFY2(startSandbox(m_server, m_client, seed, &error), qPrintable(error));
    }

private slots:
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void pagesOfFiftyWithoutTotalOrNext()
    {
        start(u"scale:2/120/0"_s);
        QList<qint64> seen;
        const QList<int> expectedSizes{50, 50, 20, 0};
        for (int page = 1; page <= 4; ++page) {
            const SandboxReply reply = list(u"source"_s, {{u"page"_s, page}, {u"order"_s, QJsonObject{{u"id"_s, u"asc"_s}}}});
            QCOMPARE(reply.result().toArray().size(), expectedSizes.at(page - 1));
            QVERIFY(!reply.object().contains(u"total"_s));
            QVERIFY(!reply.object().contains(u"next"_s));
            seen += ids(reply);
        }
        QCOMPARE(seen.size(), 120);
        QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), 120);
        // Missing, non-numeric or <= 1 pages are the first page; "start" is ignored.
        const QList<qint64> first = ids(list(u"source"_s, {{u"order"_s, QJsonObject{{u"id"_s, u"asc"_s}}}}));
        QCOMPARE(first, seen.mid(0, 50));
        QCOMPARE(ids(list(u"source"_s, {{u"page"_s, u"two"_s}, {u"order"_s, QJsonObject{{u"id"_s, u"ASC"_s}}}})), first);
        QCOMPARE(ids(list(u"source"_s, {{u"page"_s, -4}, {u"start"_s, 50}, {u"order"_s, QJsonObject{{u"id"_s, u"asc"_s}}}})),
                 first);
        QCOMPARE(ids(list(u"source"_s, {{u"page"_s, u"2"_s}, {u"order"_s, QJsonObject{{u"id"_s, u"asc"_s}}}})),
                 seen.mid(50, 50));
    }

    void validationErrorsInOrder()
    {
        start(u"demo"_s);
        auto error = [this](const QJsonObject &params) { return list(u"connector"_s, params).apiError(); };
        QCOMPARE(error({{u"select"_s, u"title"_s}}), u"VALIDATION_SELECT_TYPE"_s);
        QCOMPARE(error({{u"filter"_s, u"title"_s}}), u"VALIDATION_FILTER_TYPE"_s);
        QCOMPARE(error({{u"order"_s, u"title"_s}}), u"VALIDATION_ORDER_TYPE"_s);
        const SandboxReply select = list(u"connector"_s, {{u"select"_s, QJsonArray{u"title"_s, u"appId"_s}}});
        QCOMPARE(select.apiError(), u"VALIDATION_FIELD_NOT_ALLOWED_IN_SELECT"_s);
        QCOMPARE(select.apiErrorDescription(), u"Field \"appId\" is not allowed in the \"select\"."_s);
        QCOMPARE(error({{u"select"_s, QJsonArray{u"TITLE"_s}}}), u"VALIDATION_FIELD_NOT_ALLOWED_IN_SELECT"_s);
        const SandboxReply filter = list(u"connector"_s, {{u"filter"_s, QJsonObject{{u">=color"_s, 1}}}});
        QCOMPARE(filter.apiError(), u"VALIDATION_FIELD_NOT_ALLOWED_IN_FILTER"_s);
        QCOMPARE(filter.apiErrorDescription(), u"Field \"color\" is not allowed in the \"filter\"."_s);
        QCOMPARE(error({{u"filter"_s, QJsonObject{{u"logic"_s, u"XOR"_s}}}}), u"VALIDATION_INVALID_FILTER_LOGIC"_s);
        QCOMPARE(list(u"connector"_s, {{u"filter"_s, QJsonObject{{u"logic"_s, u"maybe"_s}}}}).apiErrorDescription(),
                 u"Field \"logic\" must be either \"AND\" or \"OR\"."_s);
        QCOMPARE(error({{u"order"_s, QJsonObject{{u">title"_s, u"asc"_s}}}}), u"VALIDATION_FIELD_NOT_ALLOWED_IN_ORDER"_s);
        // IN filters only work with numbers: string values are validated as sub-filter keys.
        QCOMPARE(error({{u"filter"_s, QJsonObject{{u"@id"_s, QJsonArray{1, 2}}}}}), QString());
        const SandboxReply in = list(u"connector"_s, {{u"filter"_s, QJsonObject{{u"@title"_s, QJsonArray{u"a"_s, u"b"_s}}}}});
        QCOMPARE(in.apiErrorDescription(), u"Field \"0\" is not allowed in the \"filter\"."_s);
        // The first problem wins: select before filter before order.
        QCOMPARE(error({{u"select"_s, QJsonArray{u"nope"_s}}, {u"filter"_s, u"x"_s}, {u"order"_s, u"y"_s}}),
                 u"VALIDATION_FIELD_NOT_ALLOWED_IN_SELECT"_s);
        QCOMPARE(error({{u"filter"_s, QJsonObject{{u"nope"_s, 1}}}, {u"order"_s, u"y"_s}}),
                 u"VALIDATION_FIELD_NOT_ALLOWED_IN_FILTER"_s);

        const SandboxReply direction = list(u"connector"_s, {{u"order"_s, QJsonObject{{u"title"_s, u"up"_s}}}});
        QCOMPARE(direction.status, 400);
        QCOMPARE(direction.topError(), u"ERROR_ARGUMENT"_s);
        QCOMPARE(direction.object().value(u"error_description"_s).toString(), u"Invalid order \"UP\""_s);
        QCOMPARE(direction.object().value(u"argument"_s).toString(), QString());
        QVERIFY(!direction.object().contains(u"time"_s));
    }

    void sourceListShapes()
    {
        start(u"demo"_s);
        const QJsonArray all = list(u"source"_s).result().toArray();
        QCOMPARE(all.size(), 5);
        const QJsonObject first = all.at(0).toObject();
        QStringList keys = first.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"active"_s, u"code"_s, u"connectorId"_s, u"createdById"_s, u"dateCreate"_s,
                                    u"dateUpdate"_s, u"description"_s, u"id"_s, u"settings"_s, u"title"_s, u"type"_s,
                                    u"updatedById"_s}));
        QVERIFY(first.value(u"dateCreate"_s).isString());
        const QJsonObject setting = first.value(u"settings"_s).toArray().at(0).toObject();
        QCOMPARE(setting.keys(), (QStringList{u"code"_s, u"name"_s, u"type"_s, u"value"_s})); // no id in lists
        m_server->settings().version = PortalVersion::Docs2026_09; // ...the newer docs show one
        QVERIFY(list(u"source"_s).result()[0][u"settings"_s][0].toObject().contains(u"id"_s));
        m_server->settings().version = PortalVersion::V26_250;

        // Explicit select: only those columns plus the primary key; dates are unformatted objects.
        const QJsonArray some = list(u"source"_s, {{u"select"_s, QJsonArray{u"title"_s, u"dateCreate"_s, u"connectorId"_s}}})
                                    .result().toArray();
        QStringList someKeys = some.at(0).toObject().keys();
        someKeys.sort();
        QCOMPARE(someKeys, (QStringList{u"connectorId"_s, u"dateCreate"_s, u"id"_s, u"title"_s}));
        QCOMPARE(some.at(0)[u"dateCreate"_s], QJsonValue(QJsonObject()));

        // "*" among other names becomes SOURCE.*: every source column, no connectorId, raw dates.
        const QJsonObject star = list(u"source"_s, {{u"select"_s, QJsonArray{u"*"_s, u"settings"_s}}}).result()[0].toObject();
        QVERIFY(star.contains(u"settings"_s) && star.contains(u"title"_s) && !star.contains(u"connectorId"_s));
        QCOMPARE(star.value(u"dateUpdate"_s), QJsonValue(QJsonObject()));

        m_server->settings().explicitSelectDatesAsObjects = false;
        QVERIFY(list(u"source"_s, {{u"select"_s, QJsonArray{u"dateCreate"_s}}}).result().toArray().at(0)[u"dateCreate"_s].isString());

        // A select without any column of the source itself crashes the real server (plain HTTP 500).
        const SandboxReply crash = list(u"source"_s, {{u"select"_s, QJsonArray{u"connectorId"_s}}});
        QCOMPARE(crash.status, 500);
        QCOMPARE(list(u"dataset"_s, {{u"select"_s, QJsonArray{u"sourceId"_s}}}).status, 500);
        // ...but only when there is a row to dereference.
        QCOMPARE(list(u"source"_s, {{u"select"_s, QJsonArray{u"settings"_s}}, {u"filter"_s, QJsonObject{{u"id"_s, 999}}}})
                     .result(),
                 QJsonValue(QJsonArray()));
        m_server->settings().selectWithoutMainColumnCrashes = false;
        QCOMPARE(list(u"source"_s, {{u"select"_s, QJsonArray{u"connectorId"_s}}}).status, 200);
    }

    void connectorAndDatasetShapes()
    {
        start(u"demo"_s);
        const QJsonObject connector = list(u"connector"_s).result().toArray().at(0).toObject();
        QStringList keys = connector.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"dateCreate"_s, u"description"_s, u"id"_s, u"logo"_s, u"settings"_s, u"sort"_s,
                                    u"supportMapping"_s, u"title"_s, u"urlCheck"_s, u"urlData"_s, u"urlTableDescription"_s,
                                    u"urlTableList"_s}));
        QVERIFY(connector.value(u"settings"_s).isArray());
        // Connector lists format an explicitly selected dateCreate.
        QVERIFY(list(u"connector"_s, {{u"select"_s, QJsonArray{u"dateCreate"_s}}}).result()[0][u"dateCreate"_s].isString());
        // "*" next to other names selects every column of the table, appId included.
        QVERIFY(list(u"connector"_s, {{u"select"_s, QJsonArray{u"*"_s, u"title"_s}}}).result()[0].toObject().contains(u"appId"_s));

        const QJsonObject dataset = list(u"dataset"_s).result().toArray().at(0).toObject();
        QVERIFY(dataset.contains(u"sourceId"_s));
        QVERIFY(!dataset.contains(u"fields"_s));
        QCOMPARE(list(u"table"_s, {{u"select"_s, QJsonArray{u"name"_s, u"dateUpdate"_s}}}).result()[0].toObject().keys(),
                 (QStringList{u"dateUpdate"_s, u"id"_s, u"name"_s})); // dateUpdate is null: stays null
    }

    void filtersAndOrder()
    {
        start(u"demo"_s);
        auto titles = [this](const QString &entity, const QJsonObject &params) {
            QStringList result;
            for (const QJsonValue &item : list(entity, params).result().toArray())
                result.append(item[entity == u"dataset"_s ? u"name"_s : u"title"_s].toString());
            return result;
        };
        const QJsonObject byTitle{{u"title"_s, u"asc"_s}};
        QCOMPARE(titles(u"source"_s, {{u"filter"_s, QJsonObject{{u"connectorId"_s, 2}}}, {u"order"_s, byTitle}}),
                 (QStringList{u"Acme EU account"_s, u"Acme US account"_s}));
        QCOMPARE(titles(u"source"_s, {{u"filter"_s, QJsonObject{{u"%title"_s, u"sales"_s}}}, {u"order"_s, QJsonObject{{u"title"_s, u"DESC"_s}}}}),
                 (QStringList{u"Sales database (staging)"_s, u"Sales database (production)"_s}));
        QCOMPARE(titles(u"source"_s, {{u"filter"_s, QJsonObject{{u"active"_s, false}}}}), QStringList{u"Berlin warehouse"_s});
        QCOMPARE(titles(u"source"_s, {{u"filter"_s, QJsonObject{{u"=%title"_s, u"Acme%"_s}}}, {u"order"_s, byTitle}}).size(), 2);
        QCOMPARE(titles(u"source"_s, {{u"filter"_s, QJsonObject{{u"@id"_s, QJsonArray{1, 3}}}}, {u"order"_s, byTitle}}),
                 (QStringList{u"Acme EU account"_s, u"Sales database (production)"_s}));
        QCOMPARE(titles(u"source"_s, {{u"filter"_s, QJsonObject{{u"><id"_s, QJsonArray{2, 3}}}}}).size(), 2);
        QCOMPARE(titles(u"source"_s, {{u"filter"_s, QJsonObject{{u"!connectorId"_s, 1}}}}).size(), 3);
        QCOMPARE(titles(u"dataset"_s, {{u"filter"_s, QJsonObject{{u"sourceId"_s, 2}}}, {u"order"_s, QJsonObject{{u"name"_s, u"asc"_s}}}}),
                 (QStringList{u"deals_staging"_s, u"sales_staging"_s}));
        QCOMPARE(titles(u"dataset"_s, {{u"filter"_s, QJsonObject{{u">=id"_s, 7}}}}).size(), 2);
        // settings (sources) and fields (tables) pass validation and are dropped.
        QCOMPARE(titles(u"source"_s, {{u"filter"_s, QJsonObject{{u"settings"_s, u"x"_s}}}}).size(), 5);

        // LOGIC works on connector lists only...
        QCOMPARE(titles(u"connector"_s, {{u"filter"_s, QJsonObject{{u"0"_s, QJsonObject{{u"logic"_s, u"OR"_s},
                                                                                            {u"%title"_s, u"Acme"_s},
                                                                                            {u"%=title"_s, u"North%"_s}}}}},
                                         {u"order"_s, byTitle}}),
                 (QStringList{u"Acme Marketing Cloud"_s, u"Northwind Warehouse ERP"_s}));
        // ...source and table lists rewrite it into SOURCE.LOGIC / DATASET.LOGIC and fail in the ORM.
        const SandboxReply broken = list(u"source"_s, {{u"filter"_s, QJsonObject{{u"logic"_s, u"OR"_s}, {u"id"_s, 1}}}});
        QCOMPARE(broken.status, 400);
        QCOMPARE(broken.topError(), u"ERROR_CORE"_s);
        QCOMPARE(list(u"dataset"_s, {{u"filter"_s, QJsonObject{{u"0"_s, QJsonObject{{u"name"_s, u"x"_s}}}}}}).status, 400);
        m_server->settings().logicOnlyOnConnectorList = false;
        QCOMPARE(titles(u"source"_s, {{u"filter"_s, QJsonObject{{u"logic"_s, u"OR"_s}, {u"id"_s, 1}, {u"connectorId"_s, 3}}}})
                     .size(),
                 2);
    }

    void topLevelLogicAlsoOrsTheOwnershipFilter()
    {
        start(u"demo"_s);
        m_server->registerClient(u"local.other"_s, u"s"_s);
        SandboxClient other(*m_server);
        other.setToken(m_server->issueTokens(u"local.other"_s).accessToken);
        QCOMPARE(other.call(u"biconnector.connector.list"_s).result().toArray().size(), 0);
        // prepareFilter() appends APP_ID to the caller's filter, so LOGIC=OR applies to it too.
        const QJsonArray leaked = other.call(u"biconnector.connector.list"_s,
                                             {{u"filter"_s, QJsonObject{{u"logic"_s, u"OR"_s}, {u"id"_s, 1}}}})
                                      .result().toArray();
        QCOMPARE(leaked.size(), 1);
        QCOMPARE(leaked.at(0)[u"title"_s].toString(), u"Sample SQL Connector"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLists)
#include "tst_sandboxlists.moc"
