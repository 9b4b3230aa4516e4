// ImportPlanner, ImportApplier and ImportPlanModel between real sandboxes: the demo portal's
// configuration goes into empty portals; the round trip, a repeated import, a conflict, a failed
// write, lost replies and setting values taken from the file.
#include "configurationtesthelpers.h"

#include "api/transport/restclient.h"
#include "models/transfer/importplanmodel.h"
#include "sandbox/sampleconnector/sampleconnector.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ConfigurationTest;

using Action = ImportPlanItem::Action;
using Kind = ImportPlanItem::Kind;
using Status = ImportReport::Entry::Status;

class TestConfigurationImport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFixture> m_demo;
    ConfigurationDocument m_document;  // the demo portal, without setting values

    static std::unique_ptr<SandboxFixture> emptyPortal()
    {
        auto portal = std::make_unique<SandboxFixture>();
        QString error;
        if (!portal->start(QString(), &error))
            qFatal("sandbox: %s", qPrintable(error));
        return portal;
    }

    // The values a user types for the sources to create: the sample connector checks them; the
    // other connectors accept anything.
    static ImportApplier::SettingValues valuesFor(const ImportPlan &plan)
    {
        ImportApplier::SettingValues values;
        for (const ImportPlanItem *source : plan.sourcesNeedingValues()) {
            for (const SourceSetting &setting : source->source.settings) {
                QString value = setting.code + u"-value"_s;
                if (setting.code == u"login"_s)
                    value = SampleConnector::validLogin();
                else if (setting.code == u"password"_s)
                    value = SampleConnector::validPassword();
                else if (setting.code == u"port"_s || setting.code == u"account"_s)
                    value = u"42"_s;
                values[source->key].insert(setting.code, value);
            }
        }
        return values;
    }

    // Everything but what an import cannot reproduce: when and where it was exported, and a
    // source's `active` (source.add always stores active; portal-behavior.md §3.2 step 5).
    static QByteArray comparable(ConfigurationDocument document)
    {
        document.exportedAt = {};
        document.sourcePortal.clear();
        for (auto &connector : document.connectors) {
            for (auto &source : connector.sources)
                source.source.active = true;
        }
        return document.toJson();
    }

    static int datasetsNamed(SandboxFixture &portal, const QString &name)
    {
        return portal.server().query(u"SELECT id FROM datasets WHERE name = ?"_s, {name}).size();
    }

    ImportReport importInto(SandboxFixture &portal, const ConfigurationDocument &document, ImportPlan *planned = nullptr)
    {
        const auto planning = plan(portal.client(), document);
        if (!planning.ok)
            qWarning("plan failed: %s", qPrintable(planning.error));
        if (planned)
            *planned = planning.plan;
        return apply(portal.client(), planning.plan, valuesFor(planning.plan));
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(m_demo->start(u"demo"_s, &error), qPrintable(error));
        // The demo's third-party connectors live under .example and never answer; point them at
        // the sandbox's connector that accepts any credentials, so their sources can be created.
        const QString reachable = m_demo->server().connectorUrl().toString() + u"broken/acceptsanything/"_s;
        for (const QVariantMap &row : m_demo->server().query(u"SELECT id FROM connectors WHERE url_check LIKE ?"_s,
                                                             {u"%.example/%"_s})) {
            const QJsonObject urls{{u"urlCheck"_s, QString(reachable + u"check"_s)},
                                   {u"urlTableList"_s, QString(reachable + u"tables"_s)},
                                   {u"urlTableDescription"_s, QString(reachable + u"describe"_s)},
                                   {u"urlData"_s, QString(reachable + u"data"_s)}};
            QVERIFY(waitForResult(m_demo->api().updateConnector(row.value(u"id"_s).toLongLong(), urls).handle()).ok());
        }
        const auto exported = exportConfiguration(m_demo->client());
        QVERIFY2(exported.ok, qPrintable(exported.error));
        m_document = exported.document;
        QCOMPARE(m_document.datasetCount(), 8);
    }

    void roundTripIntoAnEmptyPortal()
    {
        auto target = emptyPortal();
        const auto planning = plan(target->client(), m_document);
        QVERIFY2(planning.ok, qPrintable(planning.error));
        QCOMPARE(planning.plan.count(Action::Create), 3 + 5 + 8);
        QCOMPARE(planning.plan.sourcesNeedingValues().size(), 5);
        QCOMPARE(writeRequests(target->server()), 0);   // the dry run only reads

        const ImportReport report = apply(target->client(), planning.plan, valuesFor(planning.plan));
        QVERIFY2(report.count(Status::Done) == 16, qPrintable(report.text()));
        QCOMPARE(target->server().connectorCount(), 3);
        QCOMPARE(target->server().sourceCount(), 5);
        QCOMPARE(target->server().datasetCount(), 8);

        const auto reexported = exportConfiguration(target->client());
        QVERIFY(reexported.ok);
        QCOMPARE(QString::fromUtf8(comparable(reexported.document)), QString::fromUtf8(comparable(m_document)));

        // The same import again: everything Unchanged, not one write.
        target->server().resetRequestCounts();
        const auto again = plan(target->client(), m_document);
        QVERIFY(again.ok);
        QCOMPARE(again.plan.count(Action::Unchanged), 16);
        QVERIFY(again.plan.changesNothing());
        QCOMPARE(ImportApplier::writeCount(again.plan), 0);
        const ImportReport second = apply(target->client(), again.plan, valuesFor(again.plan));
        QCOMPARE(second.count(Status::Unchanged), 16);
        QCOMPARE(writeRequests(target->server()), 0);
        QCOMPARE(target->server().datasetCount(), 8);
    }

    void conflictsAreShownAndSkipped()
    {
        auto target = emptyPortal();
        // A connector with the demo's title but another data URL (→ update), and a dataset that
        // takes the name sales_2024 under a source the file does not know (→ conflict).
        ConfigurationDocument::ConnectorEntry sample = m_document.connectors.at(2);
        Connector connector = sample.connector;
        connector.urlData += u"?v=2"_s;
        const ApiResult added = waitForResult(target->api().addConnector(connector).handle());
        QVERIFY(added.ok());
        const qint64 connectorId = added.result.toObject().value(u"id"_s).toInteger();
        Source other;
        other.connectorId = connectorId;
        other.title = u"Someone else's source"_s;
        other.settings = {SourceSetting{0, u"login"_s, {}, {}, SampleConnector::validLogin()},
                          SourceSetting{0, u"password"_s, {}, {}, SampleConnector::validPassword()}};
        const ApiResult source = waitForResult(target->api().addSource(other).handle());
        QVERIFY(source.ok());
        Dataset clash = sample.sources.at(0).datasets.at(3);
        QCOMPARE(clash.name, u"sales_2024"_s);
        clash.sourceId = source.result.toObject().value(u"id"_s).toInteger();
        clash.description = u"Not the demo's."_s;
        QVERIFY(waitForResult(target->api().addDataset(clash).handle()).ok());

        ImportPlan planned;
        const ImportReport report = importInto(*target, m_document, &planned);
        const ImportPlanItem *connectorItem = planned.find(u"connector/Sample SQL Connector"_s);
        QVERIFY(connectorItem);
        QCOMPARE(connectorItem->action, Action::Update);
        QCOMPARE(connectorItem->changes.size(), 1);
        QCOMPARE(connectorItem->changes.first().property, u"urlData"_s);
        const ImportPlanItem *conflict = planned.find(u"dataset/sales_2024"_s);
        QVERIFY(conflict);
        QCOMPARE(conflict->action, Action::Conflict);
        QVERIFY2(conflict->reason.contains(u"Someone else's source"_s), qPrintable(conflict->reason));
        QCOMPARE(planned.count(Action::Conflict), 1);

        QCOMPARE(report.find(u"dataset/sales_2024"_s)->status, Status::Skipped);
        QCOMPARE(report.find(u"connector/Sample SQL Connector"_s)->status, Status::Done);
        QCOMPARE(report.count(Status::Failed), 0);
        QCOMPARE(datasetsNamed(*target, u"sales_2024"_s), 1);
        QCOMPARE(target->server().datasetCount(), 8);   // 7 imported + the clashing one
        QCOMPARE(target->server().connectorCount(), 3);  // the sample connector was updated, not duplicated
        const auto stored = target->server().query(u"SELECT url_data FROM connectors WHERE id = ?"_s, {connectorId});
        QCOMPARE(stored.first().value(u"url_data"_s).toString(), sample.connector.urlData);

        // Planned again, only the conflict remains.
        const auto again = plan(target->client(), m_document);
        QCOMPARE(again.plan.count(Action::Conflict), 1);
        QCOMPARE(again.plan.count(Action::Create) + again.plan.count(Action::Update), 0);
    }

    void aFailedWriteSkipsItsChildrenAndARerunCompletes()
    {
        auto target = emptyPortal();
        target->server().injectFault(SandboxFault::ServerError, 1, u"biconnector.source.add"_s);
        ImportPlan planned;
        const ImportReport report = importInto(*target, m_document, &planned);
        QCOMPARE(report.count(Status::Failed), 1);
        // Sources go in file order: the first is the Acme EU account with one dataset.
        const QString failedKey = u"connector/Acme Marketing Cloud/source/Acme EU account"_s;
        const ImportReport::Entry *failed = report.find(failedKey);
        QVERIFY(failed);
        QCOMPARE(failed->status, Status::Failed);
        QVERIFY(!failed->message.isEmpty());
        const ImportReport::Entry *child = report.find(u"dataset/acme_eu_campaigns"_s);
        QCOMPARE(child->status, Status::Skipped);
        QVERIFY2(child->message.contains(u"Acme EU account"_s), qPrintable(child->message));
        QCOMPARE(report.count(Status::Skipped), 1);
        QCOMPARE(report.count(Status::Done), 14);
        QVERIFY(report.text().contains(u"Acme EU account"_s));

        ImportPlan rerun;
        const ImportReport second = importInto(*target, m_document, &rerun);
        QCOMPARE(rerun.count(Action::Create), 2);
        QCOMPARE(second.count(Status::Done), 2);
        QCOMPARE(second.count(Status::Failed), 0);
        QCOMPARE(target->server().sourceCount(), 5);
        QCOMPARE(target->server().datasetCount(), 8);
        QVERIFY(plan(target->client(), m_document).plan.changesNothing());
    }

    void lostRepliesAreReconciledNotResent()
    {
        auto target = emptyPortal();
        target->server().dropReplyAfterCommit(u"biconnector.connector.add"_s);
        target->server().dropReplyAfterCommit(u"biconnector.source.add"_s);
        target->server().dropReplyAfterCommit(u"biconnector.dataset.add"_s);
        const ImportReport report = importInto(*target, m_document);
        QVERIFY2(report.count(Status::Done) == 16, qPrintable(report.text()));
        QCOMPARE(target->server().connectorCount(), 3);
        QCOMPARE(target->server().sourceCount(), 5);
        QCOMPARE(target->server().datasetCount(), 8);
        QCOMPARE(datasetsNamed(*target, u"acme_eu_campaigns"_s), 1);
        QCOMPARE(target->server().requestCount(u"biconnector.dataset.add"_s), 8);
        QVERIFY(plan(target->client(), m_document).plan.changesNothing());
    }

    void cancelStopsBeforeTheNextWrite()
    {
        auto target = emptyPortal();
        const auto planning = plan(target->client(), m_document);
        ImportApplier applier(target->client());
        connect(&applier, &ImportApplier::progress, this, [&applier](int done, int, const QString &) {
            if (done == 2)
                applier.cancel();
        });
        const ImportReport report = runToEnd(applier, &ImportApplier::finished, [&](ImportApplier &a) {
            a.start(planning.plan, valuesFor(planning.plan));
        });
        QVERIFY(report.canceled);
        QCOMPARE(report.count(Status::Done), 2);
        QCOMPARE(report.count(Status::NotRun), 14);
        QVERIFY(report.text().contains(u"canceled"_s));
        QCOMPARE(target->server().connectorCount(), 2);
        // The next run picks up the rest.
        QCOMPARE(importInto(*target, m_document).count(Status::Done), 14);
        QCOMPARE(target->server().datasetCount(), 8);
    }

    void settingValuesComeFromTheFileWhenItCarriesThem()
    {
        ConfigurationExporter::Options options;
        options.includeSettingValues = true;
        const auto exported = exportConfiguration(m_demo->client(), options);
        QVERIFY(exported.ok);
        auto target = emptyPortal();
        const auto planning = plan(target->client(), exported.document);
        const ImportReport report = apply(target->client(), planning.plan);   // no values typed
        QVERIFY2(report.count(Status::Failed) == 0, qPrintable(report.text()));
        const auto stored = target->server().query(
            u"SELECT value FROM source_settings WHERE code = 'token' ORDER BY value"_s);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.first().value(u"value"_s).toString(), u"acme-eu-7f3a9c41"_s);

        // A changed value in the file is an update of that source, shown without the value.
        ConfigurationDocument changed = exported.document;
        changed.connectors[0].sources[0].source.settings[0].value = u"rotated-token"_s;
        const auto replanned = plan(target->client(), changed);
        QCOMPARE(replanned.plan.count(Action::Update), 1);
        const ImportPlanItem *source = replanned.plan.find(u"connector/Acme Marketing Cloud/source/Acme EU account"_s);
        QCOMPARE(source->action, Action::Update);
        QVERIFY(!replanned.plan.report().contains(u"rotated-token"_s));
        QCOMPARE(apply(target->client(), replanned.plan).count(Status::Done), 1);
        QVERIFY(plan(target->client(), changed).plan.changesNothing());
    }

    void columnChangesUpdateAnExistingDataset()
    {
        auto target = emptyPortal();
        QCOMPARE(importInto(*target, m_document).count(Status::Failed), 0);
        // The file hides one more column of sales_2024 and changes its description.
        ConfigurationDocument changed = m_document;
        Dataset &sales = changed.connectors[2].sources[0].datasets[3];
        QCOMPARE(sales.name, u"sales_2024"_s);
        sales.description = u"Sales, revised."_s;
        sales.fields[1].visible = false;
        const auto planning = plan(target->client(), changed);
        const ImportPlanItem *item = planning.plan.find(u"dataset/sales_2024"_s);
        QCOMPARE(item->action, Action::Update);
        QVERIFY(item->hasFieldChanges());
        QVERIFY(item->hasPropertyChanges());
        QCOMPARE(ImportApplier::writeCount(planning.plan), 2);
        const ImportReport report = apply(target->client(), planning.plan);
        QCOMPARE(report.find(u"dataset/sales_2024"_s)->status, Status::Done);
        QVERIFY(plan(target->client(), changed).plan.changesNothing());
        const auto hidden = target->server().query(
            u"SELECT f.visible FROM dataset_fields f JOIN datasets d ON d.id = f.dataset_id "
            "WHERE d.name = 'sales_2024' AND f.name = ?"_s,
            {sales.fields[1].name});
        QCOMPARE(hidden.first().value(u"visible"_s).toInt(), 0);
    }

    void planModelIsAValidTree()
    {
        auto target = emptyPortal();
        ImportPlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto planning = plan(target->client(), m_document);
        model.setPlan(planning.plan);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex sample = model.index(2, ImportPlanModel::NameColumn);
        QCOMPARE(sample.data().toString(), u"Sample SQL Connector"_s);
        QCOMPARE(model.rowCount(sample), 2);
        const QModelIndex production = model.index(0, 0, sample);
        QCOMPARE(model.rowCount(production), 4);
        const QModelIndex dataset = model.index(3, ImportPlanModel::ActionColumn, production);
        QCOMPARE(dataset.data().toString(), u"Create"_s);
        QCOMPARE(dataset.data(ImportPlanModel::KindRole).toInt(), int(Kind::Dataset));
        QCOMPARE(model.parent(dataset), production.siblingAtColumn(0));
        model.setPlan({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestConfigurationImport)
#include "tst_configurationimport.moc"
