// The non-widget half of the sources feature against the sandbox: SourceAdd / SourceUpdate (and
// the read-back of lost replies), SourceDelete and CascadeDelete (cascade, refusal, lost replies),
// SourceCheckRunner (one source, a whole connector, cancel) and the SourceCheck texts.
#include "api/journal/requestjournal.h"
#include "api/transport/restclient.h"
#include "models/sources/sourcecheck.h"
#include "models/sources/sourcecheckrunner.h"
#include "models/operations/cascadedelete.h"
#include "models/operations/sourceoperations.h"
#include "sandbox/sampleconnector/sampleconnector.h"

#include "support/operationharness.h"
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

Source sampleSource(qint64 connectorId, const QString &title, const QString &password)
{
    Source source;
    source.connectorId = connectorId;
    source.title = title;
    source.description = u"Created by tst_sourceoperations."_s;
    source.settings = {SourceSetting{0, u"login"_s, u"Login"_s, u"STRING"_s, SampleConnector::validLogin()},
                       SourceSetting{0, u"password"_s, u"Password"_s, u"STRING"_s, password}};
    return source;
}

} // namespace

class TestSourceOperations : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFixture> m_portal;
    qint64 m_sample = 0;    // the sample connector
    qint64 m_production = 0; // its source with four datasets
    qint64 m_staging = 0;   // its source with two datasets

    qint64 idOf(const QString &table, const QString &title) const
    {
        const auto rows = m_portal->server().query(u"SELECT id FROM %1 WHERE title = ?"_s.arg(table), {title});
        return rows.isEmpty() ? 0 : rows.first().value(u"id"_s).toLongLong();
    }
    QString storedValue(qint64 sourceId, const QString &code) const
    {
        const auto rows = m_portal->server().query(
            u"SELECT value FROM source_settings WHERE source_id = ? AND code = ?"_s, {sourceId, code});
        return rows.isEmpty() ? QString() : rows.first().value(u"value"_s).toString();
    }
    PortalOperation::Result runAdd(const Source &source)
    {
        SourceAdd add(m_portal->api(), nullptr, source);
        return runOperation(add);
    }
    PortalOperation::Result runUpdate(const Source &edited, const Source &original)
    {
        SourceUpdate update(m_portal->api(), nullptr, edited, original);
        return runOperation(update);
    }
    std::pair<bool, ApiError> deleteSource(qint64 sourceId, const QList<qint64> &datasets, QList<qint64> *deleted = nullptr)
    {
        Source source;
        source.id = sourceId;
        CascadeDelete deletion(m_portal->api(), nullptr, source, datasets);
        if (deleted) {
            connect(&deletion, &CascadeDelete::stepDone, this, [deleted](int, const CascadeDelete::Step &step) {
                if (step.kind == NodeKind::Dataset)
                    deleted->append(step.id);
            });
        }
        const PortalOperation::Result result = runOperation(deletion);
        return {result.applied(), result.error};
    }

private slots:
    void init()
    {
        m_portal = std::make_unique<SandboxFixture>();
        SandboxOptions options;
        options.seed = u"demo"_s;
        QString error;
        QVERIFY2(m_portal->start(options, &error), qPrintable(error));
        m_sample = idOf(u"connectors"_s, u"Sample SQL Connector"_s);
        m_production = idOf(u"sources"_s, u"Sales database (production)"_s);
        m_staging = idOf(u"sources"_s, u"Sales database (staging)"_s);
        QVERIFY(m_sample > 0 && m_production > 0 && m_staging > 0);
    }

    void cleanup() { m_portal.reset(); }

    void addCreatesTheSource()
    {
        const int before = m_portal->server().sourceCount();
        const auto result = runAdd(sampleSource(m_sample, u"Replica"_s, SampleConnector::validPassword()));
        QVERIFY2(result.applied(), qPrintable(result.error.details()));
        QVERIFY(!result.settledByReadBack);
        QCOMPARE(result.id, idOf(u"sources"_s, u"Replica"_s));
        QCOMPARE(m_portal->server().sourceCount(), before + 1);
        QCOMPARE(storedValue(result.id, u"password"_s), SampleConnector::validPassword());
    }

    void addWithWrongCredentialsIsExplainedWithTheDirectCheck()
    {
        const Source source = sampleSource(m_sample, u"Replica"_s, u"wrong-password"_s);
        const auto result = runAdd(source);
        QVERIFY(!result.applied());
        QCOMPARE(result.error.kind(), ApiError::Kind::ConnectionCheckFailed);
        QCOMPARE(result.error.code(), u"SOURCE_CREATE_CONNECTION_ERROR"_s);

        // The direct check sees the connector's 401; the message carries it.
        ConnectorEndpointClient endpoints(m_portal->session().network());
        std::optional<EndpointResult> direct;
        EndpointCall *call = endpoints.check(m_portal->server().connectorUrl().resolved(QUrl(u"check"_s)),
                                             source.settings);
        connect(call, &EndpointCall::finished, this, [&](const EndpointResult &r) { direct = r; });
        QTRY_VERIFY_WITH_TIMEOUT(direct.has_value(), 10000);
        QCOMPARE(direct->diagnostics.httpStatus, 401);
        const QString message = SourceCheck::portalCheckFailedMessage(result.error, &*direct);
        QVERIFY2(message.contains(u"HTTP 401"_s), qPrintable(message));
        QVERIFY2(message.contains(u"failed too"_s), qPrintable(message));
        QVERIFY(!message.contains(u"wrong-password"_s));
        const QString details = SourceCheck::details(*direct);
        QVERIFY2(details.contains(u"connection[password]=***"_s), qPrintable(details));
        QVERIFY(!details.contains(u"wrong-password"_s));
        const CheckStatus status = SourceCheck::status(*direct);
        QCOMPARE(status.state, CheckStatus::State::Failed);
        QCOMPARE(status.httpStatus, 401);
        QVERIFY(status.message.contains(u" ms"_s));

        const QString withoutDirect = SourceCheck::portalCheckFailedMessage(result.error, nullptr);
        QVERIFY(withoutDirect.contains(u"No direct check"_s));
    }

    void lostAddReplyIsReconciledNotResent()
    {
        const int before = m_portal->server().sourceCount();
        m_portal->server().dropReplyAfterCommit(u"biconnector.source.add"_s);
        const auto result = runAdd(sampleSource(m_sample, u"Replica"_s, SampleConnector::validPassword()));
        QVERIFY2(result.applied(), qPrintable(result.message()));
        QVERIFY(result.settledByReadBack);
        QCOMPARE(result.id, idOf(u"sources"_s, u"Replica"_s));
        QVERIFY2(result.message().contains(u"created"_s), qPrintable(result.message()));
        QCOMPARE(m_portal->server().sourceCount(), before + 1);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.source.add"_s), 1);
    }

    void lostAddThatNeverHappenedIsReportedAsNotCreated()
    {
        const int before = m_portal->server().sourceCount();
        m_portal->server().injectFault(SandboxFault::DropConnection, 1, u"biconnector.source.add"_s);
        const auto result = runAdd(sampleSource(m_sample, u"Replica"_s, SampleConnector::validPassword()));
        QVERIFY(!result.applied());
        QVERIFY(result.settledByReadBack);
        QCOMPARE(result.error.kind(), ApiError::Kind::Ambiguous);
        QVERIFY2(result.message().contains(u"not created"_s), qPrintable(result.message()));
        QCOMPARE(m_portal->server().sourceCount(), before);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.source.add"_s), 1);
    }

    void lostAddDoesNotTakeAnIdenticalSourceThatExistedBefore()
    {
        // The same title, description and values already exist: the read-back must not take that
        // source for the one a lost add created (its id was noted before the add).
        const Source source = sampleSource(m_sample, u"Replica"_s, SampleConnector::validPassword());
        QVERIFY(runAdd(source).applied());
        const int before = m_portal->server().sourceCount();
        m_portal->server().resetRequestCounts();
        m_portal->server().injectFault(SandboxFault::DropConnection, 1, u"biconnector.source.add"_s);
        const auto result = runAdd(source);
        QCOMPARE(result.outcome, PortalOperation::Outcome::NotApplied);
        QVERIFY(result.settledByReadBack);
        QCOMPARE(m_portal->server().sourceCount(), before);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.source.add"_s), 1);
    }

    void updateSendsTheTitleAndOnlyChangedSettings()
    {
        Source original = sampleSource(m_sample, u"Sales database (staging)"_s, SampleConnector::validPassword());
        original.id = m_staging;
        original.description = u"Nightly snapshot used for testing."_s;
        Source edited = original;
        edited.settings[0].value = u"demo"_s; // unchanged login
        const auto result = runUpdate(edited, original);
        QVERIFY2(result.applied(), qPrintable(result.error.details()));
        QCOMPARE(result.id, m_staging);

        const QList<JournalEntry> entries = m_portal->session().journal()->entries();
        const auto update = std::find_if(entries.crbegin(), entries.crend(), [](const JournalEntry &e) {
            return e.method == u"biconnector.source.update"_s;
        });
        QVERIFY(update != entries.crend());
        const QJsonObject fields = update->requestParams.value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"title"_s).toString(), original.title);
        QVERIFY2(!fields.contains(u"settings"_s), QJsonDocument(fields).toJson().constData());
        QVERIFY(!fields.contains(u"description"_s));

        edited.title = u"Staging snapshot"_s;
        edited.settings[1].value = SampleConnector::validPassword(); // same value: not sent
        const auto renamed = runUpdate(edited, original);
        QVERIFY(renamed.applied());
        QCOMPARE(idOf(u"sources"_s, u"Staging snapshot"_s), m_staging);
    }

    void updateWithWrongCredentialsIsAConnectionError()
    {
        Source original = sampleSource(m_sample, u"Sales database (staging)"_s, SampleConnector::validPassword());
        original.id = m_staging;
        Source edited = original;
        edited.settings[1].value = u"expired"_s;
        const auto result = runUpdate(edited, original);
        QVERIFY(!result.applied());
        QCOMPARE(result.error.code(), u"SOURCE_UPDATE_CONNECTION_ERROR"_s);
        QCOMPARE(result.error.kind(), ApiError::Kind::ConnectionCheckFailed);
        QCOMPARE(storedValue(m_staging, u"password"_s), SampleConnector::validPassword());
    }

    void lostUpdateReplyIsReconciled()
    {
        Source original = sampleSource(m_sample, u"Sales database (staging)"_s, SampleConnector::validPassword());
        original.id = m_staging;
        original.description = u"Nightly snapshot used for testing."_s;
        Source edited = original;
        edited.title = u"Staging (renamed)"_s;
        m_portal->server().dropReplyAfterCommit(u"biconnector.source.update"_s);
        const auto result = runUpdate(edited, original);
        QVERIFY2(result.applied(), qPrintable(result.message()));
        QVERIFY(result.settledByReadBack);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.source.update"_s), 1);
        QCOMPARE(idOf(u"sources"_s, u"Staging (renamed)"_s), m_staging);
    }

    void storedMatchesComparesTrimmedValues()
    {
        Source written = sampleSource(m_sample, u"A"_s, u"  secret  "_s);
        Source stored = written;
        stored.settings[1].value = u"secret"_s;
        QVERIFY(SourceOperations::storedMatches(stored, written));
        stored.settings[1].value = u"other"_s;
        QVERIFY(!SourceOperations::storedMatches(stored, written));
        stored = written;
        stored.settings[1].value = u"secret"_s;
        stored.title = u"B"_s;
        QVERIFY(!SourceOperations::storedMatches(stored, written));
    }

    void cascadeDeletesDatasetsThenTheSource()
    {
        const auto rows = m_portal->server().query(u"SELECT id FROM datasets WHERE source_id = ?"_s, {m_staging});
        QList<qint64> datasets;
        for (const auto &row : rows)
            datasets.append(row.value(u"id"_s).toLongLong());
        QCOMPARE(datasets.size(), 2);
        const int sources = m_portal->server().sourceCount();
        const int allDatasets = m_portal->server().datasetCount();
        QList<qint64> deleted;
        const auto [ok, error] = deleteSource(m_staging, datasets, &deleted);
        QVERIFY2(ok, qPrintable(error.details()));
        QCOMPARE(deleted, datasets);
        QCOMPARE(m_portal->server().sourceCount(), sources - 1);
        QCOMPARE(m_portal->server().datasetCount(), allDatasets - 2);
        // The portal has biconnector.table.*: the datasets went through table.delete.
        QCOMPARE(m_portal->server().requestCount(u"biconnector.table.delete"_s), 2);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.dataset.delete"_s), 0);
    }

    void sourceWithDatasetsIsRefusedAlone()
    {
        const auto [ok, error] = deleteSource(m_staging, {});
        QVERIFY(!ok);
        QCOMPARE(error.code(), u"BX_ERROR"_s);
        QCOMPARE(error.kind(), ApiError::Kind::Conflict);
        QCOMPARE(idOf(u"sources"_s, u"Sales database (staging)"_s), m_staging);
    }

    void lostDeleteReplyIsSettledByReadingBack()
    {
        const auto created = runAdd(sampleSource(m_sample, u"Short-lived"_s, SampleConnector::validPassword()));
        QVERIFY(created.applied());
        m_portal->server().dropReplyAfterCommit(u"biconnector.source.delete"_s);
        const auto [ok, error] = deleteSource(created.id, {});
        QVERIFY2(ok, qPrintable(error.details()));
        QCOMPARE(idOf(u"sources"_s, u"Short-lived"_s), 0);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.source.delete"_s), 1);
    }

    void checkAllSourcesOfAConnector()
    {
        m_portal->server().query(u"UPDATE source_settings SET value = 'stale' WHERE source_id = ? AND code = 'password'"_s,
                                 {m_staging});
        ConnectorEndpointClient endpoints(m_portal->session().network());
        SourceCheckRunner runner(m_portal->api(), &endpoints);
        QList<qint64> queued;
        QHash<qint64, CheckStatus> checked;
        QList<std::pair<int, int>> progress;
        std::optional<std::pair<bool, QString>> finished;
        connect(&runner, &SourceCheckRunner::queued, this, [&](const QList<qint64> &ids) { queued = ids; });
        connect(&runner, &SourceCheckRunner::sourceChecked, this,
                [&](qint64 id, const CheckStatus &status, const EndpointResult &result) {
                    QVERIFY(!result.diagnostics.bodyExcerpt.contains("stale"));
                    checked.insert(id, status);
                });
        connect(&runner, &SourceCheckRunner::progress, this, [&](int done, int total) { progress.append({done, total}); });
        connect(&runner, &SourceCheckRunner::finished, this,
                [&](bool canceled, const QString &error) { finished = {canceled, error}; });
        runner.checkConnector(m_sample);
        QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 10000);
        QCOMPARE(finished->first, false);
        QCOMPARE(finished->second, QString());
        QCOMPARE(queued.size(), 2);
        QCOMPARE(checked.size(), 2);
        QCOMPARE(checked.value(m_production).state, CheckStatus::State::Passed);
        QCOMPARE(checked.value(m_production).httpStatus, 200);
        QVERIFY(checked.value(m_production).checkedAt.isValid());
        QCOMPARE(checked.value(m_staging).state, CheckStatus::State::Failed);
        QCOMPARE(checked.value(m_staging).httpStatus, 401);
        QCOMPARE(progress.last(), std::make_pair(2, 2));
        QCOMPARE(m_portal->server().sampleConnector()->requestCount(u"check"_s), 2);
    }

    void checkOneSourceAndAnUnknownOne()
    {
        ConnectorEndpointClient endpoints(m_portal->session().network());
        SourceCheckRunner runner(m_portal->api(), &endpoints);
        std::optional<CheckStatus> status;
        std::optional<QString> error;
        connect(&runner, &SourceCheckRunner::sourceChecked, this,
                [&](qint64 id, const CheckStatus &s) { QCOMPARE(id, m_production); status = s; });
        connect(&runner, &SourceCheckRunner::finished, this, [&](bool, const QString &e) { error = e; });
        runner.checkSource(m_production);
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
        QVERIFY(status && status->state == CheckStatus::State::Passed);

        SourceCheckRunner unknown(m_portal->api(), &endpoints);
        std::optional<QString> unknownError;
        connect(&unknown, &SourceCheckRunner::finished, this, [&](bool, const QString &e) { unknownError = e; });
        unknown.checkSource(987654);
        QTRY_VERIFY_WITH_TIMEOUT(unknownError.has_value(), 10000);
        QVERIFY(!unknownError->isEmpty());
    }

    void cancelStopsTheRun()
    {
        ConnectorEndpointClient endpoints(m_portal->session().network());
        SourceCheckRunner runner(m_portal->api(), &endpoints);
        int checked = 0;
        std::optional<bool> canceled;
        connect(&runner, &SourceCheckRunner::sourceChecked, this, [&] { ++checked; });
        connect(&runner, &SourceCheckRunner::finished, this, [&](bool c) { canceled = c; });
        // Cancel once the checks are on the wire.
        connect(&runner, &SourceCheckRunner::queued, &runner, &SourceCheckRunner::cancel, Qt::QueuedConnection);
        runner.checkConnector(m_sample);
        QTRY_VERIFY_WITH_TIMEOUT(canceled.has_value(), 10000);
        QVERIFY(*canceled);
        QVERIFY(!runner.isRunning());
        QCOMPARE(checked, 0);
    }
};

QTEST_GUILESS_MAIN(TestSourceOperations)
#include "tst_sourceoperations.moc"
