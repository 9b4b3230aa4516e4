#include "models/connectors/connectorcontracttest.h"

#include "models/connectors/connectorlogging.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isUnreachable(const EndpointResult &result)
{
    return result.has(EndpointProtocol::Violation::TransportError) || result.has(EndpointProtocol::Violation::Timeout);
}

int countWarnings(const EndpointResult &result)
{
    return int(std::count_if(result.violations.cbegin(), result.violations.cend(),
                             [](const EndpointViolation &v) { return !v.isError(); }));
}

} // namespace

ConnectorContractTest::Options ConnectorContractTest::Options::forConnector(
    const Connector &connector, const ConnectorEndpointClient::Connection &connection, const QString &settingsOrigin)
{
    Options options;
    options.connectorTitle = connector.title;
    options.urlCheck = QUrl(connector.urlCheck);
    options.urlTableList = QUrl(connector.urlTableList);
    options.urlTableDescription = QUrl(connector.urlTableDescription);
    options.urlData = QUrl(connector.urlData);
    options.connection = connection;
    options.settingsOrigin = settingsOrigin;
    return options;
}

ConnectorContractTest::ConnectorContractTest(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(new ConnectorEndpointClient(network, this))
{
}

void ConnectorContractTest::setClientOptions(const EndpointClientOptions &options)
{
    m_client->setOptions(options);
}

QList<ConnectorContractTest::Step> ConnectorContractTest::steps()
{
    return {Step::Check, Step::TableList, Step::TableDescription, Step::Data, Step::WrongCredentials};
}

QString ConnectorContractTest::endpointField(Step step)
{
    switch (step) {
    case Step::Check:
    case Step::WrongCredentials:
        return u"urlCheck"_s;
    case Step::TableList:
        return u"urlTableList"_s;
    case Step::TableDescription:
        return u"urlTableDescription"_s;
    case Step::Data:
        return u"urlData"_s;
    }
    return {};
}

QString ConnectorContractTest::stepTitle(Step step)
{
    switch (step) {
    case Step::Check:
        return tr("Check the connection");
    case Step::TableList:
        return tr("List tables");
    case Step::TableDescription:
        return tr("Describe a table");
    case Step::Data:
        return tr("Read data");
    case Step::WrongCredentials:
        return tr("Refuse wrong settings");
    }
    return {};
}

QString ConnectorContractTest::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return tr("Waiting");
    case Verdict::Running:
        return tr("Running…");
    case Verdict::Passed:
        return tr("Passed");
    case Verdict::Warning:
        return tr("Warning");
    case Verdict::Failed:
        return tr("Failed");
    case Verdict::Skipped:
        return tr("Skipped");
    case Verdict::Canceled:
        return tr("Canceled");
    }
    return {};
}

QStringList ConnectorContractTest::secrets() const
{
    QStringList values;
    const auto wrong = ConnectorEndpointClient::deliberatelyWrongCredentials(m_options.connection);
    for (const auto *connection : {&m_options.connection, &wrong}) {
        for (const SourceSetting &setting : *connection) {
            if (!setting.value.isEmpty())
                values.append(setting.value);
        }
    }
    return values;
}

bool ConnectorContractTest::passed() const
{
    return !m_running && !m_results.isEmpty() && std::all_of(m_results.cbegin(), m_results.cend(), [](const StepResult &r) {
        return r.verdict == Verdict::Passed || r.verdict == Verdict::Warning;
    });
}

int ConnectorContractTest::count(Verdict verdict) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [verdict](const StepResult &r) { return r.verdict == verdict; }));
}

QList<EndpointTable> ConnectorContractTest::tables() const
{
    for (const StepResult &result : m_results) {
        if (result.step == Step::TableList && result.ran)
            return result.endpoint.tables;
    }
    return {};
}

QUrl ConnectorContractTest::urlFor(Step step) const
{
    switch (step) {
    case Step::Check:
    case Step::WrongCredentials:
        return m_options.urlCheck;
    case Step::TableList:
        return m_options.urlTableList;
    case Step::TableDescription:
        return m_options.urlTableDescription;
    case Step::Data:
        return m_options.urlData;
    }
    return {};
}

void ConnectorContractTest::start(const Options &options)
{
    if (m_running)
        return;
    m_options = options;
    m_running = true;
    m_canceled = false;
    m_startedAt = QDateTime::currentDateTime();
    m_results.clear();
    for (const Step step : steps())
        m_results.append(StepResult{step, Verdict::Pending, {}, false, {}, {}});
    qCInfo(lcConnectors) << "contract test of" << options.connectorTitle << "with"
                         << options.connection.size() << "setting(s)";
    QTimer::singleShot(0, this, [this] { runStep(0); });
}

void ConnectorContractTest::cancel()
{
    if (!m_running || m_canceled)
        return;
    m_canceled = true;
    if (m_call)
        m_call->cancel(); // finishes (queued) with canceled=true
}

void ConnectorContractTest::skip(int index, const QString &reason)
{
    StepResult &result = m_results[index];
    result.verdict = Verdict::Skipped;
    result.summary = reason;
    emit stepFinished(index);
    runStep(index + 1);
}

void ConnectorContractTest::runStep(int index)
{
    if (index >= m_results.size()) {
        m_running = false;
        emit finished(m_canceled);
        return;
    }
    if (m_canceled) {
        for (int i = index; i < m_results.size(); ++i) {
            m_results[i].verdict = Verdict::Canceled;
            m_results[i].summary = tr("Not run: the test was canceled.");
            emit stepFinished(i);
        }
        m_running = false;
        emit finished(true);
        return;
    }
    StepResult &result = m_results[index];
    const QUrl url = urlFor(result.step);
    if (url.isEmpty())
        return skip(index, tr("The connector has no %1.").arg(endpointField(result.step)));

    if (result.step == Step::TableDescription || result.step == Step::Data) {
        result.table = m_options.table;
        if (result.table.isEmpty() && !tables().isEmpty())
            result.table = tables().constFirst().code;
        if (result.table.isEmpty())
            return skip(index, tr("No table to use: the table list returned none and no table was chosen."));
    }
    if (result.step == Step::WrongCredentials && m_options.connection.isEmpty())
        return skip(index, tr("The connector declares no settings, so there are no credentials to get wrong."));

    result.verdict = Verdict::Running;
    EndpointCall *call = nullptr;
    switch (result.step) {
    case Step::Check:
        call = m_client->check(url, m_options.connection);
        break;
    case Step::TableList:
        call = m_client->tableList(url, m_options.connection, m_options.searchString);
        break;
    case Step::TableDescription:
        call = m_client->tableDescription(url, m_options.connection, result.table);
        break;
    case Step::Data: {
        EndpointDataRequest request;
        request.table = result.table;
        request.limit = m_options.dataLimit;
        // The header must carry the codes the description announced (as the portal's preview needs).
        const StepResult &description = m_results.at(index - 1);
        if (description.ran && description.endpoint.isAccepted() && description.table == result.table) {
            for (const EndpointColumn &column : description.endpoint.columns)
                request.expectedHeader.append(column.code);
        }
        call = m_client->data(url, m_options.connection, request);
        break;
    }
    case Step::WrongCredentials:
        call = m_client->check(url, ConnectorEndpointClient::deliberatelyWrongCredentials(m_options.connection));
        break;
    }
    m_call = call;
    connect(call, &EndpointCall::finished, this,
            [this, index](const EndpointResult &endpoint) { onStepDone(index, endpoint); });
    emit stepStarted(index);
}

void ConnectorContractTest::onStepDone(int index, const EndpointResult &endpoint)
{
    StepResult &result = m_results[index];
    result.endpoint = endpoint;
    result.ran = true;
    judge(result);
    emit stepFinished(index);
    runStep(index + 1);
}

void ConnectorContractTest::judge(StepResult &step)
{
    const EndpointResult &r = step.endpoint;
    const int status = r.diagnostics.httpStatus;
    if (r.canceled) {
        step.verdict = Verdict::Canceled;
        step.summary = tr("Canceled while waiting for the endpoint.");
        return;
    }
    if (step.step == Step::WrongCredentials) {
        if (isUnreachable(r)) {
            step.verdict = Verdict::Failed;
            step.summary = tr("The endpoint could not be reached, so the refusal of wrong settings is unknown.");
        } else if (r.isAccepted()) {
            step.verdict = Verdict::Warning;
            step.summary = tr("urlCheck accepted deliberately wrong setting values (HTTP %1 with a non-empty body): "
                              "the portal would create sources with any credentials. Answer a non-200 status "
                              "or an empty body when the credentials are wrong.")
                               .arg(status);
        } else {
            step.verdict = Verdict::Passed;
            step.summary = tr("urlCheck refused the wrong values (HTTP %1), as it should.").arg(status);
        }
        return;
    }
    const int warnings = countWarnings(r);
    if (r.hasErrors()) {
        step.verdict = Verdict::Failed;
        step.summary = tr("%n protocol violation(s): the portal would reject this answer.", nullptr,
                          int(r.violations.size()) - warnings);
        return;
    }
    step.verdict = warnings > 0 ? Verdict::Warning : Verdict::Passed;
    switch (step.step) {
    case Step::Check:
        step.summary = tr("The portal would accept the connection (HTTP %1).").arg(status);
        break;
    case Step::TableList:
        step.summary = tr("%n table(s) listed.", nullptr, int(r.tables.size()));
        break;
    case Step::TableDescription:
        step.summary = tr("Table “%1”: %n column(s).", nullptr, int(r.columns.size())).arg(step.table);
        break;
    case Step::Data:
        step.summary = tr("Table “%1”: a header of %2 column(s) and %n row(s).", nullptr, int(r.data.rows.size()))
                           .arg(step.table)
                           .arg(r.data.header.size());
        break;
    case Step::WrongCredentials:
        break;
    }
    if (warnings > 0)
        step.summary += u' ' + tr("%n warning(s).", nullptr, warnings);
}
