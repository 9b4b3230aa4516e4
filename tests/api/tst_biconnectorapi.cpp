#include "support/sandboxfixture.h"

#include "api/entities/biconnectorapi.h"
#include "api/transport/restclient.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Waits for a typed call's outcome (the call must have been created in this turn).
template <typename T>
Outcome<T> waitFor(const TypedCall<T> &call, QObject *context)
{
    std::optional<Outcome<T>> outcome;
    call.onFinished(context, [&outcome](const Outcome<T> &result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
        return Outcome<T>{T{}, ApiError(ApiError::Kind::Other, u"TEST_TIMEOUT"_s, QString())};
    return *outcome;
}

} // namespace

// Typed calls for every biconnector method of the seeds, round trip against the sandbox.
class TestBiconnectorApi : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_portal = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(m_portal->start(u"demo"_s, &error), qPrintable(error));
    }

    void cleanup() { m_portal.reset(); }

    void connectorLifecycle()
    {
        const BiconnectorApi api = m_portal->api();
        const Connector draft = sampleConnector(u"Typed connector"_s);
        const Outcome<qint64> added = waitFor(api.addConnector(draft), this);
        QVERIFY2(added.ok(), qPrintable(added.error.details()));
        QVERIFY(added.value > 0);

        const Outcome<Connector> got = waitFor(api.getConnector(added.value), this);
        QVERIFY2(got.ok(), qPrintable(got.error.details()));
        QCOMPARE(got.value.id, added.value);
        QCOMPARE(got.value.title, draft.title);
        QCOMPARE(got.value.urlCheck, draft.urlCheck);
        QCOMPARE(got.value.settings, draft.settings);
        QVERIFY(got.value.dateCreate.isValid());

        Connector edited = got.value;
        edited.description = u"Edited through the typed API"_s;
        edited.sort = 7;
        const Outcome<bool> updated = waitFor(api.updateConnector(edited, got.value), this);
        QVERIFY2(updated.ok() && updated.value, qPrintable(updated.error.details()));
        const Outcome<QList<Connector>> listed = waitFor(api.listConnectors({{{u"id"_s, added.value}}, {}, {}, 0}), this);
        QVERIFY2(listed.ok(), qPrintable(listed.error.details()));
        QCOMPARE(listed.value.size(), 1);
        QCOMPARE(listed.value.first().description, edited.description);
        QCOMPARE(listed.value.first().sort, 7);

        const Outcome<QList<FieldSchemaEntry>> schema = waitFor(api.connectorFields(), this);
        QVERIFY2(schema.ok(), qPrintable(schema.error.details()));
        QVERIFY(std::any_of(schema.value.cbegin(), schema.value.cend(),
                            [](const FieldSchemaEntry &f) { return f.title == u"title"_s && f.isRequired; }));

        QVERIFY(waitFor(api.deleteConnector(added.value), this).ok());
        QCOMPARE(waitFor(api.getConnector(added.value), this).error.kind(), ApiError::Kind::NotFound);
    }

    void sourceAndDatasetLifecycle()
    {
        const BiconnectorApi api = m_portal->api();
        const Outcome<qint64> connectorId = waitFor(api.addConnector(sampleConnector(u"For sources"_s)), this);
        QVERIFY2(connectorId.ok(), qPrintable(connectorId.error.details()));

        Source source;
        source.connectorId = connectorId.value;
        source.title = u"Typed source"_s;
        source.settings = {{0, u"login"_s, {}, {}, u"demo"_s}, {0, u"password"_s, {}, {}, u"demo-secret"_s}};
        const Outcome<qint64> sourceId = waitFor(api.addSource(source), this);
        QVERIFY2(sourceId.ok(), qPrintable(sourceId.error.details()));

        const Outcome<Source> gotSource = waitFor(api.getSource(sourceId.value), this);
        QVERIFY2(gotSource.ok(), qPrintable(gotSource.error.details()));
        QCOMPARE(gotSource.value.title, source.title);
        QCOMPARE(gotSource.value.connectorId, connectorId.value);
        QCOMPARE(gotSource.value.settingValue(u"login"_s), u"demo"_s);

        Source renamed = gotSource.value;
        renamed.title = u"Typed source, renamed"_s;
        QVERIFY(waitFor(api.updateSource(renamed, gotSource.value), this).ok());
        const Outcome<QList<Source>> sources =
            waitFor(api.listSources({{{u"connectorId"_s, connectorId.value}}, {}, {}, 0}), this);
        QVERIFY2(sources.ok(), qPrintable(sources.error.details()));
        QCOMPARE(sources.value.size(), 1);
        QCOMPARE(sources.value.first().title, renamed.title);
        QVERIFY(waitFor(api.sourceFields(), this).ok());

        Dataset dataset;
        dataset.sourceId = sourceId.value;
        dataset.name = u"typed_deals"_s;
        dataset.externalCode = u"deals"_s;
        dataset.externalName = u"Deals"_s;
        dataset.fields = {{0, 0, u"ID"_s, u"int"_s, u"id"_s, true}, {0, 0, u"TITLE"_s, u"string"_s, u"title"_s, true}};
        const Outcome<qint64> datasetId = waitFor(api.addDataset(dataset), this);
        QVERIFY2(datasetId.ok(), qPrintable(datasetId.error.details()));

        const Outcome<Dataset> gotDataset = waitFor(api.getDataset(datasetId.value), this);
        QVERIFY2(gotDataset.ok(), qPrintable(gotDataset.error.details()));
        QCOMPARE(gotDataset.value.name, dataset.name);
        QCOMPARE(gotDataset.value.fields.size(), 2);

        DatasetFieldsChange change;
        change.update.append({gotDataset.value.fields.first().id, false});
        change.add.append({0, 0, u"AMOUNT"_s, u"double"_s, u"amount"_s, true});
        QVERIFY(waitFor(api.updateDatasetFields(datasetId.value, change), this).ok());
        const Outcome<Dataset> changed = waitFor(api.getDataset(datasetId.value), this);
        QCOMPARE(changed.value.fields.size(), 3);
        QVERIFY(!changed.value.fields.first().visible);

        Dataset described = changed.value;
        described.description = u"Deals, typed"_s;
        QVERIFY(waitFor(api.updateDataset(described, changed.value), this).ok());
        const Outcome<QList<Dataset>> datasets =
            waitFor(api.listDatasets({{{u"sourceId"_s, sourceId.value}}, {}, {}, 0}), this);
        QCOMPARE(datasets.value.size(), 1);
        QCOMPARE(datasets.value.first().description, described.description);
        QVERIFY(waitFor(api.datasetFields(), this).ok());

        // Deletes go children first; the portal refuses otherwise.
        QCOMPARE(waitFor(api.deleteConnector(connectorId.value), this).error.kind(), ApiError::Kind::Conflict);
        QCOMPARE(waitFor(api.deleteSource(sourceId.value), this).error.kind(), ApiError::Kind::Conflict);
        QVERIFY(waitFor(api.deleteDataset(datasetId.value), this).ok());
        QVERIFY(waitFor(api.deleteSource(sourceId.value), this).ok());
        QVERIFY(waitFor(api.deleteConnector(connectorId.value), this).ok());
    }

    void listAllStreamsTypedPages()
    {
        const BiconnectorApi api = m_portal->api();
        QList<int> pages;
        std::optional<Outcome<QList<Dataset>>> outcome;
        const TypedListCall<Dataset> call = api.listAllDatasets();
        call.onPage(this, [&pages](const QList<Dataset> &items, int page) {
            QVERIFY(!items.isEmpty());
            pages.append(page);
        });
        call.onFinished(this, [&outcome](const Outcome<QList<Dataset>> &result) { outcome = result; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->ok());
        QCOMPARE(pages, QList<int>{1});
        QCOMPARE(outcome->value.size(), m_portal->server().datasetCount());
        QVERIFY(outcome->value.first().sourceId > 0);
    }

    void tableMethods()
    {
        BiconnectorApi api = m_portal->api();
        const Outcome<bool> probe = waitFor(api.probeTableMethods(), this);
        QVERIFY2(probe.ok(), qPrintable(probe.error.details()));
        QVERIFY(probe.value);   // the sandbox is a 26.250 portal
        api.setUseTableMethods(true);
        QCOMPARE(api.methodName(u"dataset"_s, u"list"_s), u"biconnector.table.list"_s);
        QCOMPARE(api.methodName(u"source"_s, u"list"_s), u"biconnector.source.list"_s);
        const Outcome<QList<Dataset>> tables = waitFor(api.listDatasets(), this);
        QVERIFY2(tables.ok(), qPrintable(tables.error.details()));
        QCOMPARE(tables.value.size(), m_portal->server().datasetCount());
        QCOMPARE(m_portal->server().requestCount(u"biconnector.table.list"_s), 1);
    }

    void olderPortalHasNoTableMethods()
    {
        m_portal = std::make_unique<SandboxFixture>();
        SandboxOptions options;
        options.portalVersion = u"25.550"_s;
        QString error;
        QVERIFY2(m_portal->start(options, &error), qPrintable(error));
        const Outcome<bool> probe = waitFor(m_portal->api().probeTableMethods(), this);
        QVERIFY2(probe.ok(), qPrintable(probe.error.details()));
        QVERIFY(!probe.value);
    }

private:
    Connector sampleConnector(const QString &title) const
    {
        const QString base = m_portal->server().connectorUrl().toString();
        Connector connector;
        connector.title = title;
        connector.logo = u"data:image/svg+xml;base64,PHN2Zy8+"_s;
        connector.urlCheck = base + u"check"_s;
        connector.urlTableList = base + u"tables"_s;
        connector.urlTableDescription = base + u"describe"_s;
        connector.urlData = base + u"data"_s;
        connector.settings = {{u"Login"_s, u"login"_s, u"STRING"_s}, {u"Password"_s, u"password"_s, u"STRING"_s}};
        return connector;
    }

    std::unique_ptr<SandboxFixture> m_portal;
};

QTEST_GUILESS_MAIN(TestBiconnectorApi)
#include "tst_biconnectorapi.moc"
