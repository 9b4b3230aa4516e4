// Every write operation of models/operations against the demo sandbox, through one table: the
// reply of its write is lost after the portal committed (commit-then-drop) or before (a dropped
// connection). Each must settle by reading back — Applied or NotApplied —, send the write exactly
// once, and leave the catalog showing the change only when it was made. Plus the Unknown path
// (the read-back fails too), cancel before sending, and the one-shape basics.
#include <algorithm>
#include <memory>

#include <QTest>

#include "models/catalog/portalcatalog.h"
#include "models/operations/cascadedelete.h"
#include "models/operations/connectoroperations.h"
#include "models/operations/datasetoperations.h"
#include "models/operations/sourceoperations.h"
#include "sandbox/sampleconnector/sampleconnector.h"
#include "support/operationharness.h"
#include "support/sandboxfixture.h"

using namespace Qt::StringLiterals;

namespace {

// The demo portal's objects the cases work on.
struct Demo
{
    qint64 connector = 0; // "Sample SQL Connector"
    qint64 staging = 0; // its source with two tables
    qint64 table = 0; // the first table of the staging source
};

struct Case
{
    const char *name;
    QString writeMethod;
    // The operation under test; may prepare objects through the API first.
    std::function<PortalOperation *(SandboxFixture &, PortalCatalog *, const Demo &)> make;
    // Whether the portal, then the catalog, show the write.
    std::function<bool(SandboxFixture &, const Demo &)> portalShows;
    std::function<bool(const PortalCatalog &, const Demo &)> catalogShows;
};

Connector draftConnector(SandboxFixture &portal, const QString &title)
{
    Connector connector;
    connector.title = title;
    connector.logo = u"https://cdn.example.com/logo.svg"_s;
    const QString base = portal.server().connectorUrl().toString();
    connector.urlCheck = base + u"check"_s;
    connector.urlTableList = base + u"tables"_s;
    connector.urlTableDescription = base + u"describe"_s;
    connector.urlData = base + u"data"_s;
    connector.settings = {{u"Login"_s, u"login"_s, u"STRING"_s}, {u"Password"_s, u"password"_s, u"STRING"_s}};
    return connector;
}

Source draftSource(qint64 connectorId, const QString &title)
{
    Source source;
    source.connectorId = connectorId;
    source.title = title;
    source.description = u"Created by tst_portaloperations."_s;
    source.settings
        = {SourceSetting {0, u"login"_s, u"Login"_s, u"STRING"_s, SampleConnector::validLogin()},
           SourceSetting {0, u"password"_s, u"Password"_s, u"STRING"_s, SampleConnector::validPassword()}};
    return source;
}

int rows(SandboxFixture &portal, const QString &sql, const QVariantList &binds)
{
    return int(portal.server().query(sql, binds).size());
}

template<typename T>
bool anyOf(const QList<qint64> &ids, const std::function<const T *(qint64)> &get,
           const std::function<bool(const T &)> &test)
{
    return std::any_of(ids.cbegin(), ids.cend(), [&](qint64 id) { return get(id) && test(*get(id)); });
}

QList<Case> cases()
{
    QList<Case> list;
    list.append({"connector add", u"biconnector.connector.add"_s,
                 [](SandboxFixture &portal, PortalCatalog *catalog, const Demo &) {
                     return new ConnectorAdd(portal.api(), catalog, draftConnector(portal, u"Lost add"_s));
                 },
                 [](SandboxFixture &portal, const Demo &) {
                     return rows(portal, u"SELECT id FROM connectors WHERE title = ?"_s, {u"Lost add"_s})
                         == 1;
                 },
                 [](const PortalCatalog &catalog, const Demo &) {
                     const auto ids = catalog.connectorIds();
                     return std::any_of(ids.cbegin(), ids.cend(), [&](qint64 id) {
                         return catalog.connector(id)->title == u"Lost add"_s;
                     });
                 }});
    list.append({"connector update", u"biconnector.connector.update"_s,
                 [](SandboxFixture &portal, PortalCatalog *catalog, const Demo &demo) {
                     const Connector original = waitFor(portal.api().getConnector(demo.connector)).value;
                     Connector target = original;
                     target.description = u"Changed"_s;
                     return new ConnectorUpdate(portal.api(), catalog, target, original);
                 },
                 [](SandboxFixture &portal, const Demo &demo) {
                     return waitFor(portal.api().getConnector(demo.connector)).value.description
                         == u"Changed"_s;
                 },
                 [](const PortalCatalog &catalog, const Demo &demo) {
                     return catalog.connector(demo.connector)->description == u"Changed"_s;
                 }});
    list.append({"connector delete", u"biconnector.connector.delete"_s,
                 [](SandboxFixture &portal, PortalCatalog *catalog, const Demo &) -> PortalOperation * {
                     Connector doomed = draftConnector(portal, u"Doomed"_s);
                     doomed.id = waitFor(portal.api().addConnector(doomed)).value;
                     catalog->putConnector(doomed);
                     return new ConnectorDelete(portal.api(), catalog, doomed.id, doomed.title);
                 },
                 [](SandboxFixture &portal, const Demo &) {
                     return rows(portal, u"SELECT id FROM connectors WHERE title = ?"_s, {u"Doomed"_s}) == 0;
                 },
                 [](const PortalCatalog &catalog, const Demo &) {
                     const auto ids = catalog.connectorIds();
                     return std::none_of(ids.cbegin(), ids.cend(), [&](qint64 id) {
                         return catalog.connector(id)->title == u"Doomed"_s;
                     });
                 }});
    list.append(
        {"source add", u"biconnector.source.add"_s,
         [](SandboxFixture &portal, PortalCatalog *catalog, const Demo &demo) {
             return new SourceAdd(portal.api(), catalog, draftSource(demo.connector, u"Lost source"_s));
         },
         [](SandboxFixture &portal, const Demo &) {
             return rows(portal, u"SELECT id FROM sources WHERE title = ?"_s, {u"Lost source"_s}) == 1;
         },
         [](const PortalCatalog &catalog, const Demo &demo) {
             return anyOf<Source>(
                 catalog.sourceIds(demo.connector), [&](qint64 id) { return catalog.source(id); },
                 [](const Source &s) { return s.title == u"Lost source"_s; });
         }});
    list.append({"source update", u"biconnector.source.update"_s,
                 [](SandboxFixture &portal, PortalCatalog *catalog, const Demo &demo) {
                     const Source original = waitFor(portal.api().getSource(demo.staging)).value;
                     Source edited = original;
                     edited.title = u"Renamed staging"_s;
                     return new SourceUpdate(portal.api(), catalog, edited, original);
                 },
                 [](SandboxFixture &portal, const Demo &demo) {
                     return waitFor(portal.api().getSource(demo.staging)).value.title == u"Renamed staging"_s;
                 },
                 [](const PortalCatalog &catalog, const Demo &demo) {
                     return catalog.source(demo.staging)->title == u"Renamed staging"_s;
                 }});
    list.append({"source delete", u"biconnector.source.delete"_s,
                 [](SandboxFixture &portal, PortalCatalog *catalog, const Demo &demo) -> PortalOperation * {
                     Source doomed = draftSource(demo.connector, u"Short-lived"_s);
                     doomed.id = waitFor(portal.api().addSource(doomed)).value;
                     catalog->putSource(doomed);
                     return new SourceDelete(portal.api(), catalog, doomed.id, doomed.title);
                 },
                 [](SandboxFixture &portal, const Demo &) {
                     return rows(portal, u"SELECT id FROM sources WHERE title = ?"_s, {u"Short-lived"_s})
                         == 0;
                 },
                 [](const PortalCatalog &catalog, const Demo &demo) {
                     return !anyOf<Source>(
                         catalog.sourceIds(demo.connector), [&](qint64 id) { return catalog.source(id); },
                         [](const Source &s) { return s.title == u"Short-lived"_s; });
                 }});
    list.append({"table add", u"biconnector.dataset.add"_s,
                 [](SandboxFixture &portal, PortalCatalog *catalog, const Demo &demo) {
                     Dataset table;
                     table.sourceId = demo.staging;
                     table.name = u"lost_table"_s;
                     table.externalCode = u"sales"_s;
                     table.externalName = u"Sales"_s;
                     table.fields = {DatasetField {0, 0, u"ID"_s, u"int"_s, u"id"_s, true}};
                     return new DatasetAdd(portal.api(), catalog, table);
                 },
                 [](SandboxFixture &portal, const Demo &) {
                     return rows(portal, u"SELECT id FROM datasets WHERE name = ?"_s, {u"lost_table"_s}) == 1;
                 },
                 [](const PortalCatalog &catalog, const Demo &demo) {
                     return anyOf<Dataset>(
                         catalog.datasetIds(demo.staging), [&](qint64 id) { return catalog.dataset(id); },
                         [](const Dataset &d) { return d.name == u"lost_table"_s; });
                 }});
    list.append(
        {"table update", u"biconnector.dataset.update"_s,
         [](SandboxFixture &portal, PortalCatalog *catalog, const Demo &demo) {
             return new DatasetUpdate(portal.api(), catalog, demo.table, QString(), u"New description"_s);
         },
         [](SandboxFixture &portal, const Demo &demo) {
             return waitFor(portal.api().getDataset(demo.table)).value.description == u"New description"_s;
         },
         [](const PortalCatalog &catalog, const Demo &demo) {
             return catalog.dataset(demo.table)->description == u"New description"_s;
         }});
    list.append({"table delete", u"biconnector.table.delete"_s,
                 [](SandboxFixture &portal, PortalCatalog *catalog, const Demo &demo) {
                     return new DatasetDelete(portal.api(), catalog, demo.table, QString());
                 },
                 [](SandboxFixture &portal, const Demo &demo) {
                     return rows(portal, u"SELECT id FROM datasets WHERE id = ?"_s, {demo.table}) == 0;
                 },
                 [](const PortalCatalog &catalog, const Demo &demo) {
                     return !catalog.contains(NodeKind::Dataset, demo.table);
                 }});
    list.append({"columns update", u"biconnector.dataset.fields.update"_s,
                 [](SandboxFixture &portal, PortalCatalog *catalog, const Demo &demo) {
                     const Dataset stored = waitFor(portal.api().getDataset(demo.table)).value;
                     DatasetFieldsChange change;
                     change.update = {{stored.fields.first().id, false}};
                     return new DatasetColumnsUpdate(portal.api(), catalog, demo.table, stored.name, change);
                 },
                 [](SandboxFixture &portal, const Demo &demo) {
                     return !waitFor(portal.api().getDataset(demo.table)).value.fields.first().visible;
                 },
                 [](const PortalCatalog &catalog, const Demo &demo) {
                     return !catalog.dataset(demo.table)->fields.first().visible;
                 }});
    list.append({"source cascade delete", u"biconnector.source.delete"_s,
                 [](SandboxFixture &portal, PortalCatalog *catalog, const Demo &demo) {
                     const Source source = *catalog->source(demo.staging);
                     QList<Dataset> tables;
                     for (const qint64 id : catalog->datasetIds(demo.staging))
                         tables.append(*catalog->dataset(id));
                     return new CascadeDelete(portal.api(), catalog, source, tables);
                 },
                 [](SandboxFixture &portal, const Demo &demo) {
                     return rows(portal, u"SELECT id FROM sources WHERE id = ?"_s, {demo.staging}) == 0;
                 },
                 [](const PortalCatalog &catalog, const Demo &demo) {
                     return !catalog.contains(NodeKind::Source, demo.staging);
                 }});
    return list;
}

} // namespace

class TestPortalOperations : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFixture> m_portal;
    std::unique_ptr<PortalCatalog> m_catalog;
    Demo m_demo;

    qint64 idOf(const QString &sql, const QVariant &bind) const
    {
        const auto found = m_portal->server().query(sql, {bind});
        return found.isEmpty() ? 0 : found.first().value(u"id"_s).toLongLong();
    }

    // A fresh demo portal and a catalog that knows its connectors, sources, tables and the columns
    // of the staging tables.
    bool freshPortal()
    {
        m_portal = std::make_unique<SandboxFixture>();
        QString error;
        if (!m_portal->start(u"demo"_s, &error))
            return false;
        m_demo.connector = idOf(u"SELECT id FROM connectors WHERE title = ?"_s, u"Sample SQL Connector"_s);
        m_demo.staging = idOf(u"SELECT id FROM sources WHERE title = ?"_s, u"Sales database (staging)"_s);
        m_demo.table = idOf(u"SELECT id FROM datasets WHERE source_id = ? ORDER BY id"_s, m_demo.staging);
        m_catalog = std::make_unique<PortalCatalog>();
        const BiconnectorApi api = m_portal->api();
        m_catalog->replaceConnectors(waitFor(api.listAllConnectors()).value);
        ListQuery sources;
        sources.filter = {{u"connectorId"_s, m_demo.connector}};
        m_catalog->replaceSources(m_demo.connector, waitFor(api.listAllSources(sources)).value);
        ListQuery tables;
        tables.filter = {{u"sourceId"_s, m_demo.staging}};
        m_catalog->replaceDatasets(m_demo.staging, waitFor(api.listAllDatasets(tables)).value);
        for (const qint64 id : m_catalog->datasetIds(m_demo.staging))
            m_catalog->putColumns(id, waitFor(api.getDataset(id)).value.fields);
        m_portal->server().resetRequestCounts();
        return m_demo.connector > 0 && m_demo.staging > 0 && m_demo.table > 0
            && m_catalog->hasColumns(m_demo.table);
    }

private slots:
    void initTestCase() { qRegisterMetaType<PortalOperation::Result>(); }
    void cleanup()
    {
        m_catalog.reset();
        m_portal.reset();
    }

    void lostReplyIsSettledByReadingBack_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("committed");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i) {
            QTest::addRow("%s, committed", all.at(i).name) << i << true;
            QTest::addRow("%s, not committed", all.at(i).name) << i << false;
        }
    }

    void lostReplyIsSettledByReadingBack()
    {
        QFETCH(int, index);
        QFETCH(bool, committed);
        QVERIFY(freshPortal());
        const Case row = cases().at(index);
        std::unique_ptr<PortalOperation> operation(row.make(*m_portal, m_catalog.get(), m_demo));
        LostReply::arm(m_portal->server(), row.writeMethod,
                       committed ? LostReply::Mode::Committed : LostReply::Mode::NotCommitted);
        const QString failure
            = LostReply::check(m_portal->server(), *operation, row.writeMethod,
                               committed ? LostReply::Mode::Committed : LostReply::Mode::NotCommitted);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(row.portalShows(*m_portal, m_demo), committed);
        QCOMPARE(row.catalogShows(*m_catalog, m_demo), committed);
    }

    void readBackFailingTooIsUnknown()
    {
        QVERIFY(freshPortal());
        const Connector original = waitFor(m_portal->api().getConnector(m_demo.connector)).value;
        Connector target = original;
        target.description = u"Maybe"_s;
        ConnectorUpdate update(m_portal->api(), m_catalog.get(), target, original);
        LostReply::arm(m_portal->server(), u"biconnector.connector.update"_s, LostReply::Mode::Committed);
        // Every attempt of the read-back fails as well.
        m_portal->server().injectFault(SandboxFault::ServerError, 10, u"biconnector.connector.get"_s);
        const PortalOperation::Result result = runOperation(update, 30000);
        QCOMPARE(result.outcome, PortalOperation::Outcome::Unknown);
        QVERIFY(result.settledByReadBack);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.connector.update"_s), 1);
        QVERIFY2(result.message().contains(u"may or may not"_s), qPrintable(result.message()));
        QCOMPARE(m_catalog->connector(m_demo.connector)->description, original.description); // not taught
    }

    void cancelBeforeSendingSendsNothing()
    {
        QVERIFY(freshPortal());
        ConnectorAdd add(m_portal->api(), m_catalog.get(), draftConnector(*m_portal, u"Never sent"_s));
        QSignalSpy finished(&add, &PortalOperation::finished);
        add.start();
        add.cancel();
        QVERIFY(finished.wait(5000));
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<PortalOperation::Result>();
        QCOMPARE(result.outcome, PortalOperation::Outcome::Canceled);
        QVERIFY(!add.hasSent());
        QCOMPARE(m_portal->server().requestCount(u"biconnector.connector.add"_s), 0);
        QVERIFY(!result.message().isEmpty());
    }

    void plainWriteIsAppliedWithoutReadBack()
    {
        QVERIFY(freshPortal());
        DatasetUpdate update(m_portal->api(), m_catalog.get(), m_demo.table, u"orders"_s, u"Plain"_s);
        const PortalOperation::Result result = runOperation(update);
        QCOMPARE(result.outcome, PortalOperation::Outcome::Applied);
        QVERIFY(!result.settledByReadBack);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.dataset.get"_s), 0);
        QCOMPARE(m_catalog->dataset(m_demo.table)->description, u"Plain"_s);
        QVERIFY(result.message().contains(u"“orders”"_s));
        // A refusal is NotApplied with the portal's error, not read back.
        DatasetUpdate refused(m_portal->api(), m_catalog.get(), 987654, QString(), u"x"_s);
        const PortalOperation::Result refusal = runOperation(refused);
        QCOMPARE(refusal.outcome, PortalOperation::Outcome::NotApplied);
        QVERIFY(!refusal.settledByReadBack);
        QCOMPARE(refusal.error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(refusal.message(), refusal.error.userMessage());
    }
};

QTEST_GUILESS_MAIN(TestPortalOperations)
#include "tst_portaloperations.moc"
