// HierarchyModel + HierarchyFilterProxy against the demo sandbox over loopback HTTP, with
// QAbstractItemModelTester attached to both for the whole test.
#include "api/apicall.h"
#include "api/portalsession.h"
#include "api/requestjournal.h"
#include "api/restclient.h"
#include "api/tokenmanager.h"
#include "models/apihierarchybackend.h"
#include "models/hierarchyfilterproxy.h"
#include "models/hierarchymodel.h"
#include "sandbox/sandboxserver.h"

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
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PortalSession> m_session;
    std::unique_ptr<ApiHierarchyBackend> m_backend;
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
        m_server = std::make_unique<SandboxServer>();
        SandboxOptions options;
        options.seed = u"demo"_s;
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
        m_session = std::make_unique<PortalSession>();
        QVERIFY(m_session->setRestEndpoint(m_server->restUrl()));
        m_session->tokens()->setTokenEndpoint(m_server->oauthUrl().resolved(QUrl(u"token/"_s)));
        m_session->tokens()->setClientCredentials(options.clientId, options.clientSecret);
        m_session->tokens()->setTokens(m_server->initialAccessToken(), m_server->initialRefreshToken());
        m_backend = std::make_unique<ApiHierarchyBackend>(m_session->client());
        m_model = std::make_unique<HierarchyModel>(m_backend.get());
        m_proxy = std::make_unique<HierarchyFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_modelTester->setUseFetchMore(false);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester->setUseFetchMore(false);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_backend.reset();
        m_session.reset();
        m_server.reset();
    }

    void expandsEverythingLazily()
    {
        QCOMPARE(m_model->rowCount(), 1);
        const QModelIndex portal = m_model->portalIndex();
        QVERIFY(m_model->hasChildren(portal));
        QVERIFY(m_model->canFetchMore(portal));
        QCOMPARE(m_model->rowCount(portal), 0);

        m_session->journal()->resetCount();
        m_model->fetchMore(portal);
        QCOMPARE(portal.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Loading);
        QTRY_COMPARE(portal.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Loaded);
        const int connectors = m_model->rowCount(portal);
        QVERIFY(connectors >= 2);
        QCOMPARE(m_session->journal()->totalRecorded(), quint64(1));

        // Connectors come ordered by sort, then title.
        for (int row = 1; row < connectors; ++row) {
            const auto a = m_model->index(row - 1, 0, portal).data(HierarchyModel::EntityRole).toJsonObject();
            const auto b = m_model->index(row, 0, portal).data(HierarchyModel::EntityRole).toJsonObject();
            QVERIFY(a.value(u"sort"_s).toInt() < b.value(u"sort"_s).toInt()
                    || (a.value(u"sort"_s).toInt() == b.value(u"sort"_s).toInt()
                        && a.value(u"title"_s).toString().compare(b.value(u"title"_s).toString(), Qt::CaseInsensitive) <= 0));
        }

        // Expanding every connector at once coalesces into one batch request.
        m_session->journal()->resetCount();
        for (int row = 0; row < connectors; ++row)
            m_model->fetchMore(m_model->index(row, 0, portal));
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
        QCOMPARE(dataset.data(Qt::DisplayRole).toString(),
                 dataset.data(HierarchyModel::EntityRole).toJsonObject().value(u"name"_s).toString());
        const QModelIndex connector = m_model->index(0, 0, portal);
        QVERIFY(!connector.data(HierarchyModel::LogoRole).value<QIcon>().isNull());
    }

    void loadingRowOnlyAfterDelay()
    {
        m_model->setLoadingRowDelay(5000);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->fetchMore(m_model->portalIndex());
        QTRY_COMPARE(m_model->loadingCount(), 0);
        // Only the connector rows were inserted: no Loading… row flickered in.
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(countKind(NodeKind::Placeholder), 0);
    }

    void failedNodeShowsErrorAndRetries()
    {
        // Break authentication: the access token is refused and the refresh token is unknown, so
        // the listing fails with a sign-in error that the tree shows in an error row.
        m_session->tokens()->setTokens(u"bogus-access"_s, u"bogus-refresh"_s);
        const QModelIndex portal = m_model->portalIndex();
        QSignalSpy failed(m_model.get(), &HierarchyModel::loadFailed);
        m_model->fetchMore(portal);
        QVERIFY(failed.wait(10000));
        QCOMPARE(portal.data(HierarchyModel::LoadStateRole).value<LoadState>(), LoadState::Failed);
        QVERIFY(!portal.data(HierarchyModel::ErrorRole).toString().isEmpty());
        QCOMPARE(m_model->rowCount(portal), 1);
        const QModelIndex errorRow = m_model->index(0, 0, portal);
        QVERIFY(m_model->isPlaceholder(errorRow));
        QVERIFY(errorRow.data(Qt::DisplayRole).toString().contains(u"retry"_s));
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

        // In-place edits from an editor: rename moves the row, delete removes it.
        m_model->upsertConnector({{u"id"_s, newId}, {u"title"_s, u"ZZZ renamed"_s}, {u"sort"_s, 1000}});
        QCOMPARE(m_model->index(m_model->rowCount(portal) - 1, 0, portal).data().toString(), u"ZZZ renamed"_s);
        m_model->removeNode(NodeKind::Connector, newId);
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
