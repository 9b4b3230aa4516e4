// PortalCatalog: its signals on every kind of change; CatalogLoader: load states and cancelation;
// HierarchyModel as a view over the catalog, following changes made elsewhere, with
// QAbstractItemModelTester attached for the whole test. The tree and loader talk to the demo
// sandbox over loopback HTTP.
#include "api/transport/portalsession.h"
#include "api/entities/biconnectorapi.h"
#include "api/transport/restclient.h"
#include "models/catalog/catalogloader.h"
#include "models/catalog/hierarchymodel.h"
#include "models/catalog/noderef.h"
#include "models/catalog/portalcatalog.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

Connector connector(qint64 id, const QString &title, int sort = 100)
{
    Connector c;
    c.id = id;
    c.title = title;
    c.sort = sort;
    return c;
}

Source source(qint64 id, qint64 connectorId, const QString &title)
{
    Source s;
    s.id = id;
    s.connectorId = connectorId;
    s.title = title;
    return s;
}

Dataset dataset(qint64 id, qint64 sourceId, const QString &name)
{
    Dataset d;
    d.id = id;
    d.sourceId = sourceId;
    d.name = name;
    return d;
}

DatasetField column(qint64 id, const QString &name)
{
    DatasetField f;
    f.id = id;
    f.name = name;
    f.type = u"string"_s;
    f.externalCode = name.toLower();
    return f;
}

// A (kind, id) pair from one signal emission.
QPair<NodeKind, qint64> what(const QList<QVariant> &emission)
{
    return {emission.at(0).value<NodeKind>(), emission.at(1).toLongLong()};
}

// connector 1 → sources 10, 11; source 10 → datasets 100, 101.
void fillSmallTree(PortalCatalog &catalog)
{
    catalog.putConnector(connector(1, u"One"_s));
    catalog.putSource(source(10, 1, u"Ten"_s));
    catalog.putSource(source(11, 1, u"Eleven"_s));
    catalog.putDataset(dataset(100, 10, u"hundred"_s));
    catalog.putDataset(dataset(101, 10, u"hundred_one"_s));
}

} // namespace

class TestPortalCatalog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<PortalCatalog> m_catalog;
    std::unique_ptr<CatalogLoader> m_loader;
    std::unique_ptr<HierarchyModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    // The tree over a catalog the loader filled with the demo portal's connectors.
    void startTree()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(m_fixture->start(u"demo"_s, &error), qPrintable(error));
        m_catalog = std::make_unique<PortalCatalog>();
        m_loader = std::make_unique<CatalogLoader>(m_catalog.get(), m_fixture->client());
        m_model = std::make_unique<HierarchyModel>(m_catalog.get(), m_loader.get());
        m_model->setLoadingRowDelay(60000);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_tester->setUseFetchMore(false);
        // The tester's constructor may have asked for the portal's children already.
        if (m_model->canFetchMore(m_model->portalIndex()))
            m_model->fetchMore(m_model->portalIndex());
        QTRY_COMPARE(m_catalog->childrenState(NodeKind::Portal), LoadState::Loaded);
        QVERIFY(m_model->rowCount(m_model->portalIndex()) >= 2);
    }

    // The first connector with sources, its sources listed (every connector expanded at once).
    QModelIndex connectorWithSources()
    {
        const QModelIndex portal = m_model->portalIndex();
        for (int row = 0; row < m_model->rowCount(portal); ++row)
            m_model->fetchMore(m_model->index(row, 0, portal));
        if (!QTest::qWaitFor([this] { return m_model->loadingCount() == 0; }, 10000))
            return {};
        for (int row = 0; row < m_model->rowCount(portal); ++row) {
            if (m_model->rowCount(m_model->index(row, 0, portal)) > 0)
                return m_model->index(row, 0, portal);
        }
        return {};
    }

    // Expands a node the way a view does and waits for its children.
    void expand(const QModelIndex &index)
    {
        QVERIFY(m_model->canFetchMore(index));
        m_model->fetchMore(index);
        QTRY_COMPARE(index.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Loaded);
    }

private slots:
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_loader.reset();
        m_catalog.reset();
        m_fixture.reset();
    }

    // --- the catalog alone ---------------------------------------------------------------------

    void putAddsChangesAndIgnoresNoOps()
    {
        PortalCatalog catalog;
        QSignalSpy added(&catalog, &PortalCatalog::added);
        QSignalSpy changed(&catalog, &PortalCatalog::changed);

        catalog.putConnector(connector(1, u"One"_s));
        QCOMPARE(added.size(), 1);
        QCOMPARE(what(added.first()), qMakePair(NodeKind::Connector, qint64(1)));
        QCOMPARE(added.first().at(2).toLongLong(), qint64(0));
        catalog.putConnector(connector(1, u"One"_s));  // nothing new
        QCOMPARE(added.size(), 1);
        QCOMPARE(changed.size(), 0);
        catalog.putConnector(connector(1, u"Uno"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(what(changed.first()), qMakePair(NodeKind::Connector, qint64(1)));
        QCOMPARE(catalog.connector(1)->title, u"Uno"_s);

        catalog.putSource(source(10, 1, u"Ten"_s));
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.last().at(2).toLongLong(), qint64(1));
        // A reply without the parent keeps the known one.
        catalog.putSource(source(10, 0, u"Ten renamed"_s));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(catalog.parentId(NodeKind::Source, 10), qint64(1));
        // Nobody can place a source without its connector.
        catalog.putSource(source(12, 0, u"Orphan"_s));
        QVERIFY(!catalog.contains(NodeKind::Source, 12));

        catalog.putDataset(dataset(100, 10, u"hundred"_s));
        QCOMPARE(added.size(), 3);
        QCOMPARE(what(added.last()), qMakePair(NodeKind::Dataset, qint64(100)));
        QCOMPARE(catalog.datasetIds(10), QList<qint64>{100});
        QCOMPARE(catalog.sourceIds(1), QList<qint64>{10});
        QCOMPARE(catalog.connectorIds(), QList<qint64>{1});
        catalog.putDataset(dataset(100, 10, u"hundred"_s));
        QCOMPARE(changed.size(), 2);
    }

    void columnsFollowGetsAndPuts()
    {
        PortalCatalog catalog;
        fillSmallTree(catalog);
        QSignalSpy changed(&catalog, &PortalCatalog::changed);
        QSignalSpy columns(&catalog, &PortalCatalog::columnsChanged);
        QVERIFY(!catalog.hasColumns(100));

        catalog.putColumns(100, {column(1, u"ID"_s), column(2, u"NAME"_s)});
        QCOMPARE(columns.size(), 1);
        QCOMPARE(columns.first().first().toLongLong(), qint64(100));
        QVERIFY(catalog.hasColumns(100));
        QCOMPARE(catalog.dataset(100)->fields.size(), qsizetype(2));
        catalog.putColumns(100, {column(1, u"ID"_s), column(2, u"NAME"_s)});  // the same columns
        QCOMPARE(columns.size(), 1);

        // A list item carries no columns: the known ones stay, nothing changed.
        catalog.putDataset(dataset(100, 10, u"hundred"_s));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(columns.size(), 1);
        QCOMPARE(catalog.dataset(100)->fields.size(), qsizetype(2));

        // A get item (no sourceId, with columns) changes both.
        Dataset got = dataset(100, 0, u"hundred"_s);
        got.fields = {column(1, u"ID"_s)};
        catalog.putDataset(got);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(columns.size(), 2);
        QCOMPARE(catalog.dataset(100)->sourceId, qint64(10));
        QCOMPARE(catalog.dataset(100)->fields.size(), qsizetype(1));

        catalog.putColumns(999, {column(1, u"ID"_s)});  // unknown table: ignored
        QCOMPARE(columns.size(), 2);
    }

    void removeTakesTheSubtreeChildrenFirst()
    {
        PortalCatalog catalog;
        fillSmallTree(catalog);
        catalog.setChildrenState(NodeKind::Connector, 1, LoadState::Loaded);
        QSignalSpy removed(&catalog, &PortalCatalog::removed);

        catalog.remove(NodeKind::Connector, 1);
        QCOMPARE(removed.size(), 5);
        // Every object is reported before its parent, with the parent it had.
        QList<QPair<NodeKind, qint64>> order;
        for (const auto &emission : removed)
            order << what(emission);
        QVERIFY(order.indexOf(qMakePair(NodeKind::Dataset, qint64(100))) < order.indexOf(qMakePair(NodeKind::Source, qint64(10))));
        QVERIFY(order.indexOf(qMakePair(NodeKind::Dataset, qint64(101))) < order.indexOf(qMakePair(NodeKind::Source, qint64(10))));
        QCOMPARE(order.last(), qMakePair(NodeKind::Connector, qint64(1)));
        QCOMPARE(removed.first().at(2).toLongLong(), qint64(10));  // datasets' parent
        QCOMPARE(removed.last().at(2).toLongLong(), qint64(0));
        QVERIFY(catalog.connectorIds().isEmpty());
        QVERIFY(!catalog.contains(NodeKind::Source, 11));
        QVERIFY(!catalog.dataset(101));
        QCOMPARE(catalog.childrenState(NodeKind::Connector, 1), LoadState::NotLoaded);

        catalog.remove(NodeKind::Connector, 1);  // gone already
        QCOMPARE(removed.size(), 5);
    }

    void replaceRemovesMissingAndLoads()
    {
        PortalCatalog catalog;
        fillSmallTree(catalog);
        QSignalSpy added(&catalog, &PortalCatalog::added);
        QSignalSpy changed(&catalog, &PortalCatalog::changed);
        QSignalSpy removed(&catalog, &PortalCatalog::removed);
        QSignalSpy state(&catalog, &PortalCatalog::childrenStateChanged);
        QSignalSpy aboutToReplace(&catalog, &PortalCatalog::childrenAboutToBeReplaced);
        QSignalSpy replaced(&catalog, &PortalCatalog::childrenReplaced);

        // Source 11 is gone, 10 renamed, 12 new; list items without connectorId are placed.
        catalog.replaceSources(1, {source(10, 0, u"Ten again"_s), source(12, 0, u"Twelve"_s)});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(what(removed.first()), qMakePair(NodeKind::Source, qint64(11)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(what(changed.first()), qMakePair(NodeKind::Source, qint64(10)));
        QCOMPARE(added.size(), 1);
        QCOMPARE(what(added.first()), qMakePair(NodeKind::Source, qint64(12)));
        QCOMPARE(catalog.parentId(NodeKind::Source, 12), qint64(1));
        QCOMPARE(aboutToReplace.size(), 1);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(state.size(), 1);
        QCOMPARE(what(state.first()), qMakePair(NodeKind::Connector, qint64(1)));
        QCOMPARE(catalog.childrenState(NodeKind::Connector, 1), LoadState::Loaded);
        QCOMPARE(catalog.datasetIds(10).size(), qsizetype(2));  // the children of a source that stays stay

        catalog.replaceDatasets(10, {});
        QCOMPARE(removed.size(), 3);
        QVERIFY(catalog.datasetIds(10).isEmpty());
        QCOMPARE(catalog.childrenState(NodeKind::Source, 10), LoadState::Loaded);

        catalog.replaceConnectors({connector(2, u"Two"_s)});
        QVERIFY(!catalog.contains(NodeKind::Connector, 1));
        QVERIFY(!catalog.contains(NodeKind::Source, 10));
        QCOMPARE(catalog.connectorIds(), QList<qint64>{2});
        QCOMPARE(catalog.childrenState(NodeKind::Portal), LoadState::Loaded);
    }

    void statesAndClear()
    {
        PortalCatalog catalog;
        fillSmallTree(catalog);
        QSignalSpy state(&catalog, &PortalCatalog::childrenStateChanged);
        QSignalSpy cleared(&catalog, &PortalCatalog::cleared);

        QCOMPARE(catalog.childrenState(NodeKind::Source, 11), LoadState::NotLoaded);
        catalog.setChildrenState(NodeKind::Source, 11, LoadState::Loading);
        QCOMPARE(state.size(), 1);
        catalog.setChildrenState(NodeKind::Source, 11, LoadState::Loading);  // no change
        QCOMPARE(state.size(), 1);
        catalog.setChildrenState(NodeKind::Source, 11, LoadState::Failed, u"Broken"_s);
        QCOMPARE(state.size(), 2);
        QCOMPARE(catalog.childrenError(NodeKind::Source, 11), u"Broken"_s);
        catalog.setChildrenState(NodeKind::Source, 11, LoadState::Failed, u"Still broken"_s);
        QCOMPARE(state.size(), 3);
        catalog.setChildrenState(NodeKind::Source, 11, LoadState::Loaded, u"ignored"_s);
        QCOMPARE(state.size(), 4);
        QVERIFY(catalog.childrenError(NodeKind::Source, 11).isEmpty());

        catalog.clear();
        QCOMPARE(cleared.size(), 1);
        QVERIFY(catalog.connectorIds().isEmpty());
        QVERIFY(!catalog.contains(NodeKind::Dataset, 100));
        QCOMPARE(catalog.childrenState(NodeKind::Source, 11), LoadState::NotLoaded);
    }

    // --- the loader ----------------------------------------------------------------------------

    void loaderSetsStatesAndCancelsOnClear()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(m_fixture->start(u"demo"_s, &error), qPrintable(error));
        PortalCatalog catalog;
        CatalogLoader loader(&catalog, m_fixture->client());
        QSignalSpy state(&catalog, &PortalCatalog::childrenStateChanged);

        loader.listChildren(NodeKind::Portal);
        QCOMPARE(catalog.childrenState(NodeKind::Portal), LoadState::Loading);
        QCOMPARE(loader.listingsInFlight(), 1);
        QTRY_COMPARE(catalog.childrenState(NodeKind::Portal), LoadState::Loaded);
        QCOMPARE(loader.listingsInFlight(), 0);
        QVERIFY(catalog.connectorIds().size() >= 2);

        // Clearing cancels what runs: nothing arrives afterwards.
        const qint64 first = catalog.connectorIds().first();
        loader.listChildren(NodeKind::Connector, first);
        QCOMPARE(catalog.childrenState(NodeKind::Connector, first), LoadState::Loading);
        catalog.clear();
        QCOMPARE(loader.listingsInFlight(), 0);
        QCOMPARE(catalog.childrenState(NodeKind::Connector, first), LoadState::NotLoaded);
        // A listing started after it finishes after the canceled one would have: still none of its sources.
        loader.listChildren(NodeKind::Portal);
        QTRY_COMPARE(catalog.childrenState(NodeKind::Portal), LoadState::Loaded);
        QVERIFY(catalog.sourceIds(first).isEmpty());
        QCOMPARE(catalog.childrenState(NodeKind::Connector, first), LoadState::NotLoaded);

        // Without a session, a listing fails with a message, asynchronously.
        CatalogLoader orphan(&catalog, nullptr);
        orphan.listChildren(NodeKind::Portal);
        QCOMPARE(catalog.childrenState(NodeKind::Portal), LoadState::Loading);
        QTRY_COMPARE(catalog.childrenState(NodeKind::Portal), LoadState::Failed);
        QVERIFY(!catalog.childrenError(NodeKind::Portal).isEmpty());
        QCOMPARE(orphan.listingsInFlight(), 0);
    }

    // --- the tree over the catalog -------------------------------------------------------------

    void treeShowsPutsFromElsewhere()
    {
        startTree();
        const QModelIndex portal = m_model->portalIndex();
        const int before = m_model->rowCount(portal);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

        m_catalog->putConnector(connector(900001, u"AAA from elsewhere"_s, 0));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(portal), before + 1);
        const QPersistentModelIndex node = m_model->indexFor(NodeKind::Connector, 900001);
        QVERIFY(node.isValid());
        QCOMPARE(node.row(), 0);  // sort 0 comes first
        QCOMPARE(node.data().toString(), u"AAA from elsewhere"_s);
        QCOMPARE(node.data(HierarchyModel::IdRole).toLongLong(), qint64(900001));

        // A change shows, and moves the row where it sorts now.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Connector renamed = *m_catalog->connector(900001);
        renamed.title = u"ZZZ from elsewhere"_s;
        renamed.sort = 100000;
        renamed.description = u"Described elsewhere"_s;
        m_catalog->putConnector(renamed);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(node.row(), m_model->rowCount(portal) - 1);
        QCOMPARE(node.data().toString(), u"ZZZ from elsewhere"_s);
        QVERIFY(node.data(HierarchyModel::SearchTextRole).toString().contains(u"Described elsewhere"_s));

        // Children put under it show under it.
        Source child = source(900002, 900001, u"Child source"_s);
        child.active = false;
        m_catalog->putSource(child);
        const QModelIndex childNode = m_model->indexFor(NodeKind::Source, 900002);
        QVERIFY(childNode.isValid());
        QCOMPARE(childNode.parent(), QModelIndex(node));
        QCOMPARE(childNode.data(HierarchyModel::ParentIdRole).toLongLong(), qint64(900001));
        QCOMPARE(childNode.data(HierarchyModel::ActiveRole).toBool(), false);
        m_catalog->putDataset(dataset(900003, 900002, u"child_table"_s));
        QCOMPARE(m_model->indexFor(NodeKind::Dataset, 900003).parent(), childNode);
        QCOMPARE(m_model->indexFor(NodeKind::Dataset, 900003).data().toString(), u"child_table"_s);

        // The typed reference of a row carries the ids above it.
        const NodeRef table = NodeRef::fromIndex(m_model->indexFor(NodeKind::Dataset, 900003));
        QCOMPARE(table.kind, NodeKind::Dataset);
        QCOMPARE(table.id, qint64(900003));
        QCOMPARE(table.sourceId, qint64(900002));
        QCOMPARE(table.connectorId, qint64(900001));
        const NodeRef sourceRef = NodeRef::fromIndex(childNode);
        QCOMPARE(sourceRef.sourceId, qint64(900002));
        QCOMPARE(sourceRef.connectorId, qint64(900001));
        QCOMPARE(NodeRef::fromIndex(portal).kind, NodeKind::Portal);
        QCOMPARE(NodeRef::fromIndex(portal).connectorId, qint64(0));
        QVERIFY(!NodeRef::fromIndex(QModelIndex()).isValid());
    }

    void treeDropsRowsRemovedElsewhere()
    {
        startTree();
        const QModelIndex portal = m_model->portalIndex();
        const QPersistentModelIndex connectorNode = connectorWithSources();
        QVERIFY(connectorNode.isValid());
        const QPersistentModelIndex sourceNode = m_model->index(0, 0, connectorNode);
        const qint64 sourceId = m_model->idOf(sourceNode);
        const int sources = m_model->rowCount(connectorNode);

        QSignalSpy removedRows(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_catalog->remove(NodeKind::Source, sourceId);
        QVERIFY(!sourceNode.isValid());
        QCOMPARE(m_model->rowCount(connectorNode), sources - 1);
        QVERIFY(!m_model->indexFor(NodeKind::Source, sourceId).isValid());
        QCOMPARE(removedRows.size(), 1);

        const qint64 connectorId = m_model->idOf(connectorNode);
        const int connectors = m_model->rowCount(portal);
        m_catalog->remove(NodeKind::Connector, connectorId);
        QVERIFY(!connectorNode.isValid());
        QCOMPARE(m_model->rowCount(portal), connectors - 1);

        // Clearing empties the tree down to the portal node.
        m_catalog->clear();
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->rowCount(m_model->portalIndex()), 0);
        QVERIFY(m_model->canFetchMore(m_model->portalIndex()));
    }

    void refreshKeepsExpandedRows()
    {
        startTree();
        const QPersistentModelIndex connectorNode = connectorWithSources();
        QVERIFY(connectorNode.isValid());
        const QPersistentModelIndex sourceNode = m_model->index(0, 0, connectorNode);
        expand(sourceNode);
        const int datasets = m_model->rowCount(sourceNode);
        QCOMPARE(datasets, int(m_catalog->datasetIds(m_model->idOf(sourceNode)).size()));

        // A check badge lives in the tree and survives the refresh too.
        CheckStatus passed;
        passed.state = CheckStatus::State::Passed;
        m_model->setCheckStatus(m_model->idOf(sourceNode), passed);

        QSignalSpy removedRows(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->refreshAll();
        QCOMPARE(connectorNode.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Loading);
        QTRY_COMPARE(m_model->loadingCount(), 0);
        QCOMPARE(removedRows.size(), 0);
        QVERIFY(connectorNode.isValid());
        QVERIFY(sourceNode.isValid());
        QCOMPARE(sourceNode.parent(), QModelIndex(connectorNode));
        QCOMPARE(m_model->rowCount(sourceNode), datasets);
        QCOMPARE(sourceNode.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Loaded);
        QCOMPARE(sourceNode.data(HierarchyModel::CheckStatusRole).value<CheckStatus>().state, CheckStatus::State::Passed);

        // The portal lost a source meanwhile: the refresh removes just that row.
        const qint64 sourceId = m_model->idOf(sourceNode);
        for (qint64 datasetId : m_catalog->datasetIds(sourceId))
            QVERIFY(waitForResult(m_fixture->api().deleteDataset(datasetId).handle()).ok());
        QVERIFY(waitForResult(m_fixture->api().deleteSource(sourceId).handle()).ok());
        const int sources = m_model->rowCount(connectorNode);
        m_model->refresh(connectorNode);
        QTRY_COMPARE(m_model->rowCount(connectorNode), sources - 1);
        QTRY_COMPARE(m_model->loadingCount(), 0);
        QVERIFY(!sourceNode.isValid());
        QVERIFY(connectorNode.isValid());
        QVERIFY(!m_catalog->contains(NodeKind::Source, sourceId));
    }
};

QTEST_MAIN(TestPortalCatalog)
#include "tst_portalcatalog.moc"
