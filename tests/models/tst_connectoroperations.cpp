// Connector writes against the demo sandbox: creation and update (including lost replies that must
// not be resent), what depends on a connector, and the cascade deletion in the portal's order with stop
// on the first error, cancel, and a lost delete reply settled by a re-read.
#include "models/connectors/connectorusage.h"
#include "models/operations/cascadedelete.h"
#include "models/operations/connectoroperations.h"
#include "support/operationharness.h"
#include "tst_connectorfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

class TestConnectorOperations : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ConnectorFixture> m_portal;

    Connector draft(const QString &title) const
    {
        Connector connector;
        connector.title = title;
        connector.description = u"Created by tst_connectoroperations"_s;
        connector.logo = u"https://cdn.example.com/logo.svg"_s;
        connector.sort = 150;
        const QString base = m_portal->server->connectorUrl().toString();
        connector.urlCheck = base + u"check"_s;
        connector.urlTableList = base + u"tables"_s;
        connector.urlTableDescription = base + u"describe"_s;
        connector.urlData = base + u"data"_s;
        connector.settings = {{u"Login"_s, u"login"_s, u"STRING"_s},
                              {u"Password"_s, u"password"_s, u"STRING"_s},
                              {u"Region"_s, u"region"_s, u"INT"_s}};
        return connector;
    }

    PortalOperation::Result create(const Connector &connector)
    {
        ConnectorAdd creation(m_portal->api(), nullptr, connector);
        return runOperation(creation);
    }

    PortalOperation::Result update(const Connector &target, const Connector &original)
    {
        ConnectorUpdate update(m_portal->api(), nullptr, target, original);
        return runOperation(update);
    }

    // Runs a cascade; `failedStep` gets the step that failed (-1 if none).
    PortalOperation::Result cascade(CascadeDelete &deletion, int *failedStep = nullptr)
    {
        const PortalOperation::Result result = runOperation(deletion);
        if (failedStep)
            *failedStep = deletion.failedStep();
        return result;
    }

    ConnectorUsage usageOf(qint64 connectorId, ConnectorUsageLoader::Depth depth, ApiError *error = nullptr)
    {
        ConnectorUsageLoader loader(m_portal->client(), connectorId, depth);
        QSignalSpy finished(&loader, &ConnectorUsageLoader::finished);
        loader.start();
        if (!finished.wait(10000))
            return {};
        if (error)
            *error = finished.first().at(1).value<ApiError>();
        return finished.first().first().value<ConnectorUsage>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PortalOperation::Result>();
        qRegisterMetaType<ConnectorUsage>();
        qRegisterMetaType<CascadeDelete::Step>();
    }

    void init()
    {
        m_portal = std::make_unique<ConnectorFixture>();
        QVERIFY(m_portal->start());
    }

    void cleanup() { m_portal.reset(); }

    void createsAndRereads()
    {
        const int before = m_portal->server->connectorCount();
        const PortalOperation::Result result = create(draft(u"Created connector"_s));
        QCOMPARE(result.outcome, PortalOperation::Outcome::Applied);
        QVERIFY(!result.settledByReadBack);
        QVERIFY(result.connector.id > 0);
        QVERIFY(result.connector.dateCreate.isValid()); // re-read from the portal
        QCOMPARE(result.connector.settings.size(), 3);
        QCOMPARE(result.connector.settings.at(2).type, u"INT"_s);
        QCOMPARE(m_portal->server->connectorCount(), before + 1);
        QVERIFY(result.message().contains(QString::number(result.connector.id)));
        const auto stored = ConnectorFixture::wait(m_portal->api().getConnector(result.connector.id));
        QVERIFY(stored.ok());
        QCOMPARE(stored.value.title, u"Created connector"_s);
        QCOMPARE(stored.value.sort, 150);
    }

    void refusesInvalidDraftWithoutARequest()
    {
        Connector connector = draft(u"Bad type"_s);
        connector.settings[1].type = u"string"_s; // the server is case-sensitive
        m_portal->server->resetRequestCounts();
        const PortalOperation::Result result = create(connector);
        QCOMPARE(result.outcome, PortalOperation::Outcome::NotApplied);
        QCOMPARE(result.error.code(), u"VALIDATION_SETTINGS_INVALID_TYPE"_s);
        QVERIFY(!result.message().isEmpty());
        QCOMPARE(m_portal->server->requestCount(u"biconnector.connector.add"_s), 0);
    }

    void showsServerRefusals()
    {
        // A rule only the server knows here: this portal version has no supportMapping field.
        m_portal->server->settings().version = PortalVersion::V25_550;
        Connector connector = draft(u"Mapping"_s);
        connector.supportMapping = true;
        const int before = m_portal->server->connectorCount();
        const PortalOperation::Result result = create(connector);
        QCOMPARE(result.outcome, PortalOperation::Outcome::NotApplied);
        QVERIFY(!result.settledByReadBack);
        QCOMPARE(result.error.code(), u"VALIDATION_UNKNOWN_PARAMETERS"_s);
        QCOMPARE(result.message(), result.error.userMessage());
        QVERIFY2(result.message().contains(u"supportMapping"_s), qPrintable(result.message()));
        QCOMPARE(m_portal->server->connectorCount(), before);
    }

    void serverErrorOnTheAddIsSettled()
    {
        // An HTML 500 page after sending a write: the client cannot know whether it was processed.
        m_portal->server->injectFault(SandboxFault::ServerError, 1, u"biconnector.connector.add"_s);
        m_portal->server->resetRequestCounts();
        const int before = m_portal->server->connectorCount();
        const PortalOperation::Result result = create(draft(u"Server trouble"_s));
        QCOMPARE(result.outcome, PortalOperation::Outcome::NotApplied);
        QVERIFY(result.settledByReadBack);
        QCOMPARE(m_portal->server->requestCount(u"biconnector.connector.add"_s), 1);
        QCOMPARE(m_portal->server->connectorCount(), before);
    }

    void lostReplyIsSettledNotResent()
    {
        // A connector with the same title already exists: it must not be mistaken for the new one.
        QCOMPARE(create(draft(u"Twice"_s)).outcome, PortalOperation::Outcome::Applied);
        const int before = m_portal->server->connectorCount();
        m_portal->server->resetRequestCounts();
        m_portal->server->dropReplyAfterCommit(u"biconnector.connector.add"_s);
        const PortalOperation::Result result = create(draft(u"Twice"_s));
        QCOMPARE(result.outcome, PortalOperation::Outcome::Applied);
        QVERIFY(result.settledByReadBack);
        QCOMPARE(m_portal->server->requestCount(u"biconnector.connector.add"_s), 1);
        QCOMPARE(m_portal->server->connectorCount(), before + 1);
        const auto listed = ConnectorFixture::wait(m_portal->api().listAllConnectors());
        QCOMPARE(listed.value.constLast().id, result.connector.id);
        QVERIFY(result.message().contains(u"not sent again"_s));
    }

    void lostReplyWithoutCommitIsReportedAsNotCreated()
    {
        const int before = m_portal->server->connectorCount();
        m_portal->server->resetRequestCounts();
        m_portal->server->injectFault(SandboxFault::DropConnection, 1, u"biconnector.connector.add"_s);
        const PortalOperation::Result result = create(draft(u"Never arrived"_s));
        QCOMPARE(result.outcome, PortalOperation::Outcome::NotApplied);
        QVERIFY(result.settledByReadBack);
        QCOMPARE(result.error.kind(), ApiError::Kind::Ambiguous);
        QCOMPARE(m_portal->server->requestCount(u"biconnector.connector.add"_s), 1);
        QCOMPARE(m_portal->server->connectorCount(), before);
    }

    void lostUpdateReplyIsSettledByReadingBack()
    {
        const Connector original = m_portal->sampleConnector();
        Connector target = original;
        target.description = u"Updated although the reply was lost"_s;
        m_portal->server->resetRequestCounts();
        m_portal->server->dropReplyAfterCommit(u"biconnector.connector.update"_s);
        const PortalOperation::Result saved = update(target, original);
        QCOMPARE(saved.outcome, PortalOperation::Outcome::Applied);
        QVERIFY(saved.settledByReadBack);
        QCOMPARE(m_portal->server->requestCount(u"biconnector.connector.update"_s), 1); // not resent
        QCOMPARE(ConnectorFixture::wait(m_portal->api().getConnector(original.id)).value.description, target.description);

        // A reply lost before the portal committed anything: read back, nothing saved, not resent.
        Connector again = target;
        again.description = u"Never arrived"_s;
        m_portal->server->resetRequestCounts();
        m_portal->server->injectFault(SandboxFault::DropConnection, 1, u"biconnector.connector.update"_s);
        const PortalOperation::Result lost = update(again, target);
        QCOMPARE(lost.outcome, PortalOperation::Outcome::NotApplied);
        QVERIFY(lost.settledByReadBack);
        QCOMPARE(lost.error.kind(), ApiError::Kind::Ambiguous);
        QCOMPARE(m_portal->server->requestCount(u"biconnector.connector.update"_s), 1);
        QCOMPARE(ConnectorFixture::wait(m_portal->api().getConnector(original.id)).value.description, target.description);
    }

    void findsSourcesDatasetsAndCodesInUse()
    {
        const Connector sample = m_portal->sampleConnector();
        QVERIFY(sample.id > 0);
        ApiError error;
        const ConnectorUsage usage = usageOf(sample.id, ConnectorUsageLoader::Depth::WithDatasets, &error);
        QVERIFY(!error.isError());
        QCOMPARE(usage.sources.size(), 2);
        QCOMPARE(usage.datasetCount(), 6);
        QCOMPARE(usage.datasetsOf(usage.sources.first().id).size(), 4);
        const auto usingPassword = usage.sourcesUsingCodes({u"password"_s, u"unknown"_s});
        QCOMPARE(usingPassword.size(), 2);
        QCOMPARE(usingPassword.first().codes, QStringList{u"password"_s});
        QVERIFY(usage.sourcesUsingCodes({u"region"_s}).isEmpty());

        const ConnectorUsage shallow = usageOf(sample.id, ConnectorUsageLoader::Depth::SourcesOnly);
        QCOMPARE(shallow.sources.size(), 2);
        QVERIFY(shallow.datasetsBySource.isEmpty());

        const PortalOperation::Result fresh = create(draft(u"Unused"_s));
        QVERIFY(!usageOf(fresh.connector.id, ConnectorUsageLoader::Depth::WithDatasets).hasSources());
    }

    void cascadeDeletesInThePortalsOrder()
    {
        const Connector sample = m_portal->sampleConnector();
        const ConnectorUsage usage = usageOf(sample.id, ConnectorUsageLoader::Depth::WithDatasets);
        // The portal itself refuses the connector while it has sources.
        const auto refused = ConnectorFixture::wait(m_portal->api().deleteConnector(sample.id));
        QCOMPARE(refused.error.code(), u"CONNECTOR_DELETE_RESTRICTED"_s);

        CascadeDelete deletion(m_portal->api(), nullptr, usage, sample.title);
        QCOMPARE(deletion.steps().size(), 6 + 2 + 1);
        QSignalSpy done(&deletion, &CascadeDelete::stepDone);
        const quint64 mark = m_portal->lastJournalSequence();
        QCOMPARE(cascade(deletion).outcome, PortalOperation::Outcome::Applied);
        QCOMPARE(done.size(), 9);

        // Exactly these calls, in this order: the probe for biconnector.table.*, then each source's
        // datasets (table.delete, which this portal has), the source, …, the connector.
        QStringList expected{u"biconnector.table.fields"_s};
        for (const Source &source : usage.sources) {
            for (int i = 0; i < usage.datasetsOf(source.id).size(); ++i)
                expected.append(u"biconnector.table.delete"_s);
            expected.append(u"biconnector.source.delete"_s);
        }
        expected.append(u"biconnector.connector.delete"_s);
        QCOMPARE(m_portal->journalMethods(mark), expected);

        // Gone, as the API sees it.
        QCOMPARE(ConnectorFixture::wait(m_portal->api().getConnector(sample.id)).error.kind(), ApiError::Kind::NotFound);
        QVERIFY(m_portal->sourcesOf(sample.id).isEmpty());
        for (const Source &source : usage.sources) {
            QCOMPARE(ConnectorFixture::wait(m_portal->api().getSource(source.id)).error.kind(), ApiError::Kind::NotFound);
            QVERIFY(m_portal->datasetsOf(source.id).isEmpty());
        }
    }

    void stopsAtTheFirstError()
    {
        const Connector sample = m_portal->sampleConnector();
        const ConnectorUsage usage = usageOf(sample.id, ConnectorUsageLoader::Depth::WithDatasets);
        // A dataset added after the usage was read: the portal refuses its source (BX_ERROR).
        Dataset late;
        late.sourceId = usage.sources.first().id;
        late.name = u"late_arrival"_s;
        late.externalCode = u"sales"_s;
        late.externalName = u"Sales"_s;
        late.fields = {DatasetField{0, 0, u"ID"_s, u"int"_s, u"id"_s, true}};
        QVERIFY(ConnectorFixture::wait(m_portal->api().addDataset(late)).ok());

        CascadeDelete deletion(m_portal->api(), nullptr, usage, sample.title);
        const quint64 mark = m_portal->lastJournalSequence();
        int failedStep = -1;
        const PortalOperation::Result result = cascade(deletion, &failedStep);
        QCOMPARE(result.outcome, PortalOperation::Outcome::NotApplied);
        const ApiError error = result.error;
        QCOMPARE(error.kind(), ApiError::Kind::Conflict);
        QVERIFY(!error.userMessage().isEmpty());
        QCOMPARE(failedStep, 4); // after the first source's four datasets
        QCOMPARE(deletion.steps().at(failedStep).kind, NodeKind::Source);
        QCOMPARE(m_portal->journalMethods(mark).size(), 1 + 5); // the probe; nothing after the failure
        QCOMPARE(m_portal->sourcesOf(sample.id).size(), 2);
        QCOMPARE(m_portal->datasetsOf(usage.sources.first().id).size(), 1); // the late one
        QCOMPARE(m_portal->datasetsOf(usage.sources.last().id).size(), 2);
    }

    void serverErrorOnADeleteIsSettledByAReread()
    {
        // An HTML 500 after the delete was sent: unknown outcome, so the source is read back. It is
        // still there, so the deletion stops and reports the lost reply (nothing resent).
        const Connector sample = m_portal->sampleConnector();
        const ConnectorUsage usage = usageOf(sample.id, ConnectorUsageLoader::Depth::WithDatasets);
        m_portal->server->injectFault(SandboxFault::ServerError, 1, u"biconnector.source.delete"_s);
        m_portal->server->resetRequestCounts();
        CascadeDelete deletion(m_portal->api(), nullptr, usage, sample.title);
        int failedStep = -1;
        const PortalOperation::Result result = cascade(deletion, &failedStep);
        QCOMPARE(result.outcome, PortalOperation::Outcome::NotApplied);
        QVERIFY(result.settledByReadBack);
        QCOMPARE(result.error.kind(), ApiError::Kind::Ambiguous);
        QCOMPARE(failedStep, 4);
        QCOMPARE(m_portal->server->requestCount(u"biconnector.source.delete"_s), 1);
        QCOMPARE(m_portal->server->requestCount(u"biconnector.source.get"_s), 1);
        QCOMPARE(m_portal->sourcesOf(sample.id).size(), 2);
    }

    void failedProbeDeletesNothing()
    {
        // Which table method to use is asked first; when that fails, nothing is deleted.
        const Connector sample = m_portal->sampleConnector();
        const ConnectorUsage usage = usageOf(sample.id, ConnectorUsageLoader::Depth::WithDatasets);
        m_portal->server->resetRequestCounts();
        m_portal->server->injectFault(SandboxFault::ServerError, 10, u"biconnector.table.fields"_s);
        CascadeDelete deletion(m_portal->api(), nullptr, usage, sample.title);
        int failedStep = -1;
        const PortalOperation::Result result = cascade(deletion, &failedStep);
        QCOMPARE(result.outcome, PortalOperation::Outcome::NotApplied);
        QCOMPARE(failedStep, 0);
        QVERIFY(!result.message().isEmpty());
        QCOMPARE(m_portal->server->requestCount(u"biconnector.table.delete"_s), 0);
        QCOMPARE(m_portal->server->requestCount(u"biconnector.dataset.delete"_s), 0);
        QCOMPARE(m_portal->sourcesOf(sample.id).size(), 2);
    }

    void cancelStopsBeforeTheNextStep()
    {
        const Connector sample = m_portal->sampleConnector();
        const ConnectorUsage usage = usageOf(sample.id, ConnectorUsageLoader::Depth::WithDatasets);
        CascadeDelete deletion(m_portal->api(), nullptr, usage, sample.title);
        connect(&deletion, &CascadeDelete::stepDone, &deletion, [&deletion](int index) {
            if (index == 1)
                deletion.cancel();
        });
        QCOMPARE(cascade(deletion).outcome, PortalOperation::Outcome::Canceled);
        QCOMPARE(deletion.completedSteps(), 2);
        QCOMPARE(m_portal->datasetsOf(usage.sources.first().id).size(), 2);
    }

    void lostDeleteReplyIsSettledByAReread()
    {
        const Connector sample = m_portal->sampleConnector();
        const ConnectorUsage usage = usageOf(sample.id, ConnectorUsageLoader::Depth::WithDatasets);
        m_portal->server->resetRequestCounts();
        m_portal->server->dropReplyAfterCommit(u"biconnector.table.delete"_s);
        CascadeDelete deletion(m_portal->api(), nullptr, usage, sample.title);
        QCOMPARE(cascade(deletion).outcome, PortalOperation::Outcome::Applied);
        QCOMPARE(m_portal->server->requestCount(u"biconnector.table.delete"_s), 6); // none resent
    }
};

QTEST_GUILESS_MAIN(TestConnectorOperations)
#include "tst_connectoroperations.moc"
