// HierarchyModel + HierarchyFilterProxy against the demo sandbox over loopback HTTP, with
// QAbstractItemModelTester attached to both for the whole test.
#include "api/transport/apicall.h"
#include "api/transport/portalsession.h"
#include "api/journal/requestjournal.h"
#include "api/transport/restclient.h"
#include "api/transport/retrypolicy.h"
#include "api/auth/tokenmanager.h"
#include "models/catalog/catalogloader.h"
#include "models/catalog/hierarchyfilterproxy.h"
#include "models/catalog/hierarchymodel.h"
#include "models/catalog/portalcatalog.h"
#include "sandbox/rest/faultinjector.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

class TestHierarchyModel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFixture> m_fixture;
    SandboxServer *m_server = nullptr;
    PortalSession *m_session = nullptr;
    std::unique_ptr<PortalCatalog> m_catalog;
    std::unique_ptr<CatalogLoader> m_loader;
    std::unique_ptr<HierarchyModel> m_model;
    std::unique_ptr<HierarchyFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    ApiResult callSync(const QString &method, const QJsonObject &params)
    {
        ApiCall *call = m_session->client()->call(method, params);
        QSignalSpy spy(call, &ApiCall::finished);
        if (!spy.wait(10000))
            return ApiResult::failure(ApiError(ApiError::Kind::Timeout, u"TIMEOUT"_s, u"test timeout"_s));
        return spy.takeFirst().at(0).value<ApiResult>();
    }

    // Expands every loadable node breadth-first until nothing is left to fetch.
    void expandAll()
    {
        for (int round = 0; round < 10; ++round) {
            bool fetched = false;
            std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
                if (m_model->canFetchMore(parent)) {
                    m_model->fetchMore(parent);
                    fetched = true;
                }
                for (int row = 0; row < m_model->rowCount(parent); ++row)
                    visit(m_model->index(row, 0, parent));
            };
            visit(m_model->portalIndex());
            if (!fetched)
                return;
            QTRY_COMPARE_WITH_TIMEOUT(m_model->loadingCount(), 0, 10000);
        }
    }

    int countKind(NodeKind kind, const QModelIndex &parent = {}) const
    {
        int count = 0;
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            count += m_model->kindOf(index) == kind ? 1 : 0;
            count += countKind(kind, index);
        }
        return count;
    }

    int listCount(const QString &method)
    {
        ListCall *call = m_session->client()->listAll(method);
        QSignalSpy spy(call, &ApiCall::finished);
        if (!spy.wait(10000))
            return -1;
        return int(spy.takeFirst().at(0).value<ApiResult>().result.toArray().size());
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(m_fixture->start(u"demo"_s, &error), qPrintable(error));
        m_server = &m_fixture->server();
        m_session = &m_fixture->session();
        m_catalog = std::make_unique<PortalCatalog>();
        m_loader = std::make_unique<CatalogLoader>(m_catalog.get(), m_session->client());
        m_model = std::make_unique<HierarchyModel>(m_catalog.get(), m_loader.get());
        m_proxy = std::make_unique<HierarchyFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_modelTester->setUseFetchMore(false);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester->setUseFetchMore(false);
        // The testers' constructors already walked the model once (and asked for the portal's
        // children before setUseFetchMore(false) took effect): start every test from a loaded portal.
        if (m_model->canFetchMore(m_model->portalIndex()))
            m_model->fetchMore(m_model->portalIndex());
        QTRY_COMPARE(m_model->loadingCount(), 0);
        QCOMPARE(m_model->portalIndex().data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Loaded);
        RetryPolicy fast = m_session->client()->retryPolicy();
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 20;
        m_session->client()->setRetryPolicy(fast);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_loader.reset();
        m_catalog.reset();
        m_fixture.reset();
    }

    void expandsEverythingLazily()
    {
        QCOMPARE(m_model->rowCount(), 1);
        const QModelIndex portal = m_model->portalIndex();
        const int connectors = m_model->rowCount(portal);
        QVERIFY(connectors >= 2);
        // A connector is lazy: an expander, nothing loaded, loadable.
        const QModelIndex connector0 = m_model->index(0, 0, portal);
        QVERIFY(m_model->hasChildren(connector0));
        QVERIFY(m_model->canFetchMore(connector0));
        QCOMPARE(m_model->rowCount(connector0), 0);
        QCOMPARE(connector0.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::NotLoaded);

        // Connectors come ordered by sort, then title.
        for (int row = 1; row < connectors; ++row) {
            const Connector *a = m_catalog->connector(m_model->idOf(m_model->index(row - 1, 0, portal)));
            const Connector *b = m_catalog->connector(m_model->idOf(m_model->index(row, 0, portal)));
            QVERIFY(a && b);
            QVERIFY(a->sort < b->sort
                    || (a->sort == b->sort && a->title.compare(b->title, Qt::CaseInsensitive) <= 0));
        }

        // Expanding every connector at once coalesces into one batch request.
        m_session->journal()->resetCount();
        for (int row = 0; row < connectors; ++row)
            m_model->fetchMore(m_model->index(row, 0, portal));
        QCOMPARE(connector0.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Loading);
        QVERIFY(m_model->hasChildren(connector0));
        QTRY_COMPARE(m_model->loadingCount(), 0);
        QCOMPARE(m_session->journal()->totalRecorded(), quint64(1));
        QVERIFY(m_session->journal()->entries().constLast().isBatch());

        expandAll();
        QCOMPARE(countKind(NodeKind::Connector), listCount(u"biconnector.connector.list"_s));
        QCOMPARE(countKind(NodeKind::Source), listCount(u"biconnector.source.list"_s));
        QCOMPARE(countKind(NodeKind::Dataset), listCount(u"biconnector.dataset.list"_s));
        QCOMPARE(countKind(NodeKind::Placeholder), 0);

        // Roles.
        const QModelIndex dataset = m_model->indexFor(NodeKind::Dataset, m_model->idOf(
            [&] { // first dataset anywhere
                std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &p) -> QModelIndex {
                    for (int r = 0; r < m_model->rowCount(p); ++r) {
                        const QModelIndex i = m_model->index(r, 0, p);
                        if (m_model->kindOf(i) == NodeKind::Dataset)
                            return i;
                        if (const QModelIndex inner = find(i); inner.isValid())
                            return inner;
                    }
                    return {};
                };
                return find(portal);
            }()));
        QVERIFY(dataset.isValid());
        QVERIFY(!m_model->hasChildren(dataset));
        QVERIFY(dataset.data(HierarchyModel::IdRole).toLongLong() > 0);
        QVERIFY(dataset.data(HierarchyModel::ParentIdRole).toLongLong() > 0);
        QCOMPARE(dataset.data(Qt::DisplayRole).toString(), m_catalog->dataset(m_model->idOf(dataset))->name);
        const QModelIndex connector = m_model->index(0, 0, portal);
        QVERIFY(!connector.data(HierarchyModel::LogoRole).value<QIcon>().isNull());
    }

    void loadingRowOnlyAfterDelay()
    {
        const QModelIndex portal = m_model->portalIndex();
        const QModelIndex connector = m_model->index(0, 0, portal);
        // Fast replies: no "Loading…" row flickers in.
        m_model->setLoadingRowDelay(5000);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->fetchMore(connector);
        QTRY_COMPARE(m_model->loadingCount(), 0);
        QCOMPARE(inserted.count(), m_model->rowCount(connector) > 0 ? 1 : 0);
        QCOMPARE(countKind(NodeKind::Placeholder), 0);

        // Slow replies: after the delay a Loading row shows, and is replaced by the children.
        m_server->setLatency(600);
        m_model->setLoadingRowDelay(50);
        const QModelIndex other = m_model->index(1, 0, portal);
        m_model->fetchMore(other);
        QTRY_COMPARE(m_model->rowCount(other), 1);
        const QModelIndex loadingRow = m_model->index(0, 0, other);
        QVERIFY(m_model->isPlaceholder(loadingRow));
        QCOMPARE(loadingRow.data().toString(), u"Loading…"_s);
        QVERIFY(!loadingRow.data(HierarchyModel::ErrorRowRole).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(m_model->loadingCount(), 0, 10000);
        QCOMPARE(countKind(NodeKind::Placeholder), 0);
        m_server->setLatency(0);
    }

    void failedNodeFromServerFaultsThenRetry()
    {
        const QModelIndex connector = m_model->index(0, 0, m_model->portalIndex());
        // More 500s than the client retries: the listing fails and the node shows an error row.
        const int attempts = m_session->client()->retryPolicy().maxTransientAttempts;
        m_server->injectFault(SandboxFault::ServerError, attempts, u"biconnector.source.list"_s);
        QSignalSpy failed(m_model.get(), &HierarchyModel::loadFailed);
        m_model->fetchMore(connector);
        QVERIFY(failed.wait(10000));
        QCOMPARE(connector.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Failed);
        QCOMPARE(m_model->rowCount(connector), 1);
        QVERIFY(m_model->isPlaceholder(m_model->index(0, 0, connector)));
        QVERIFY(!m_model->canFetchMore(connector));
        QCOMPARE(m_server->requestCount(u"biconnector.source.list"_s), attempts);
        // Every forced fault is used up: retrying through the error row loads the children.
        m_model->retry(m_model->index(0, 0, connector));
        QTRY_COMPARE_WITH_TIMEOUT(connector.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Loaded, 10000);
        QCOMPARE(connector.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Loaded);
        QCOMPARE(countKind(NodeKind::Placeholder), 0);
    }

    void failedNodeShowsErrorAndRetries()
    {
        // Break authentication: the access token is refused and the refresh token is unknown, so
        // the listing fails with a sign-in error that the tree shows in an error row.
        m_session->tokens()->setTokens(u"bogus-access"_s, u"bogus-refresh"_s);
        const QModelIndex portal = m_model->portalIndex();
        QSignalSpy failed(m_model.get(), &HierarchyModel::loadFailed);
        m_model->refresh(portal);
        QVERIFY(failed.wait(10000));
        QCOMPARE(portal.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Failed);
        QVERIFY(!portal.data(HierarchyModel::ErrorRole).toString().isEmpty());
        const QModelIndex errorRow = m_model->index(m_model->rowCount(portal) - 1, 0, portal);
        QVERIFY(m_model->isPlaceholder(errorRow));
        QVERIFY(errorRow.data(Qt::DisplayRole).toString().contains(u"retry"_s));
        QVERIFY(errorRow.data(HierarchyModel::ErrorRowRole).toBool()); // ui/ shows it in the error colour
        QVERIFY(!errorRow.data(Qt::ForegroundRole).isValid());
        QVERIFY(!m_model->canFetchMore(portal)); // keeps showing the error until retried

        m_session->tokens()->setTokens(m_server->initialAccessToken(), m_server->initialRefreshToken());
        m_model->retry(errorRow);
        QTRY_COMPARE(portal.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Loaded);
        QVERIFY(m_model->rowCount(portal) >= 2);
        QCOMPARE(countKind(NodeKind::Placeholder), 0);
    }

    void refreshKeepsExpansionAndAppliesChanges()
    {
        expandAll();
        const QModelIndex portal = m_model->portalIndex();
        const int before = m_model->rowCount(portal);
        const QPersistentModelIndex firstConnector = m_model->index(0, 0, portal);
        QCOMPARE(firstConnector.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Loaded);

        // Another client adds a connector and renames one: a refresh merges both in place.
        const ApiResult added = callSync(u"biconnector.connector.add"_s,
            {{u"fields"_s, QJsonObject{{u"title"_s, u"AAA refreshed connector"_s}, {u"logo"_s, u"x"_s},
                                       {u"sort"_s, 1}, {u"urlCheck"_s, u"http://127.0.0.1:9/c"_s},
                                       {u"urlTableList"_s, u"http://127.0.0.1:9/t"_s},
                                       {u"urlTableDescription"_s, u"http://127.0.0.1:9/d"_s},
                                       {u"urlData"_s, u"http://127.0.0.1:9/x"_s},
                                       {u"settings"_s, QJsonArray()}}}});
        QVERIFY2(added.ok(), qPrintable(added.error.details()));
        const qint64 newId = qint64(added.result.toObject().value(u"id"_s).toDouble());
        m_model->refresh(portal);
        QTRY_COMPARE(m_model->loadingCount(), 0);
        QCOMPARE(m_model->rowCount(portal), before + 1);
        QVERIFY(firstConnector.isValid()); // survived the refresh
        const QModelIndex added0 = m_model->index(0, 0, portal);
        QCOMPARE(m_model->idOf(added0), newId); // sort 1 puts it first
        QCOMPARE(m_model->kindOf(firstConnector), NodeKind::Connector);

        // Edits from an editor land in the catalog: rename moves the row, delete removes it.
        Connector renamed = *m_catalog->connector(newId);
        renamed.title = u"ZZZ renamed"_s;
        renamed.sort = 1000;
        m_catalog->putConnector(renamed);
        QCOMPARE(m_model->index(m_model->rowCount(portal) - 1, 0, portal).data().toString(), u"ZZZ renamed"_s);
        m_catalog->remove(NodeKind::Connector, newId);
        QCOMPARE(m_model->rowCount(portal), before);
        QVERIFY(!m_model->indexFor(NodeKind::Connector, newId).isValid());
        QVERIFY(firstConnector.isValid());

        m_model->refreshAll();
        QTRY_COMPARE(m_model->loadingCount(), 0);
        QCOMPARE(firstConnector.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Loaded);
    }

    void filterFindsDatasetInUnexpandedBranch()
    {
        // Find some dataset name through the API, without touching the tree.
        ListCall *call = m_session->client()->listAll(u"biconnector.dataset.list"_s);
        QSignalSpy spy(call, &ApiCall::finished);
        QVERIFY(spy.wait(10000));
        const QJsonArray datasets = spy.takeFirst().at(0).value<ApiResult>().result.toArray();
        QVERIFY(!datasets.isEmpty());
        const QString name = datasets.last().toObject().value(u"name"_s).toString();

        m_session->journal()->resetCount();
        QSignalSpy loaded(m_model.get(), &HierarchyModel::everythingLoaded);
        m_model->loadEverything();
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().at(0).toBool());
        QVERIFY(m_session->journal()->totalRecorded() <= 2); // three lists share batches
        m_proxy->setSearchText(name);
        // The match and its ancestors are visible, nothing else at dataset level.
        int matches = 0;
        std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
            for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
                const QModelIndex index = m_proxy->index(row, 0, parent);
                if (index.data(HierarchyFilterProxy::MatchRole).toBool()) {
                    ++matches;
                    QVERIFY(index.data(Qt::DisplayRole).toString().contains(name, Qt::CaseInsensitive));
                }
                visit(index);
            }
        };
        visit({});
        QVERIFY(matches >= 1);
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setSearchText(QString());
        QCOMPARE(m_proxy->rowCount(m_proxy->mapFromSource(m_model->portalIndex())),
                 m_model->rowCount(m_model->portalIndex()));
    }
};

QTEST_MAIN(TestHierarchyModel)
#include "tst_hierarchymodel.moc"
