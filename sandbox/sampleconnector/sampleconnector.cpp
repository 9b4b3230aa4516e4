#include "sandbox/sampleconnector/sampleconnector.h"

#include "sandbox/sampleconnector/connectorbrokenvariants.h"
#include "sandbox/sampleconnector/connectorcatalog.h"
#include "sandbox/sampleconnector/connectordataquery.h"
#include "sandbox/sampleconnector/connectorparams.h"
#include "sandbox/sampleconnector/connectorreply.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSampleConnector, "biw.sandbox.connector")

namespace {

const QStringList Endpoints{u"check"_s, u"tables"_s, u"describe"_s, u"data"_s};

bool hasValidCredentials(const QJsonObject &params)
{
    const QJsonObject connection = params.value(u"connection"_s).toObject();
    return ConnectorParams::text(connection.value(u"login"_s)) == SampleConnector::validLogin()
        && ConnectorParams::text(connection.value(u"password"_s)) == SampleConnector::validPassword();
}

QJsonObject statusObject(const QString &status)
{
    return QJsonObject{{u"status"_s, status}};
}

// "discount_rate" -> "Discount rate"
QString humanName(const QString &code)
{
    QString name = code;
    name.replace(u'_', u' ');
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

SampleConnector::SampleConnector(QObject *parent)
    : QObject(parent)
    , m_catalog(std::make_unique<ConnectorCatalog>())
{
}

SampleConnector::~SampleConnector() = default;

bool SampleConnector::open(const QString &databasePath, QString *error)
{
    QString reason;
    if (m_catalog->open(databasePath, &reason))
        return true;
    qCWarning(lcSampleConnector) << "cannot open the demo database" << databasePath << reason;
    if (error)
        *error = reason;
    return false;
}

QString SampleConnector::validLogin()
{
    return u"demo"_s;
}

QString SampleConnector::validPassword()
{
    return u"demo-secret"_s;
}

QJsonArray SampleConnector::settingsDescription()
{
    return {QJsonObject{{u"code"_s, u"login"_s}, {u"name"_s, u"Login"_s}, {u"type"_s, u"STRING"_s}},
            QJsonObject{{u"code"_s, u"password"_s}, {u"name"_s, u"Password"_s}, {u"type"_s, u"STRING"_s}}};
}

bool SampleConnector::addColumn(const QString &table, const QString &code, const QString &type)
{
    QString error;
    if (m_catalog->addColumn(table, {code, humanName(code), type}, &error))
        return true;
    qCWarning(lcSampleConnector) << "cannot add column" << table << code << error;
    return false;
}

int SampleConnector::requestCount(const QString &subPath) const
{
    return m_requestCounts.value(subPath);
}

int SampleConnector::totalRequestCount() const
{
    int total = 0;
    for (int count : m_requestCounts)
        total += count;
    return total;
}

void SampleConnector::resetRequestCounts()
{
    m_requestCounts.clear();
}

QJsonObject SampleConnector::lastParameters(const QString &subPath) const
{
    return m_lastParameters.value(subPath);
}

void SampleConnector::handle(const QString &subPath, const QHttpServerRequest &request,
                             QHttpServerResponder &&responder)
{
    ++m_requestCounts[subPath];
    const ConnectorReply reply = answer(subPath, request);
    qCDebug(lcSampleConnector) << subPath << "->" << reply.status; // never the parameters: they hold passwords
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
    responder.write(reply.body, reply.contentType, status);
    emit requestHandled(subPath, reply.status);
}

ConnectorReply SampleConnector::answer(const QString &subPath, const QHttpServerRequest &request)
{
    QString variant;
    QString endpoint = subPath;
    const QStringList parts = subPath.split(u'/');
    if (parts.size() == 3 && parts.at(0) == u"broken"_s) {
        variant = parts.at(1);
        endpoint = parts.at(2);
    }
    if (!Endpoints.contains(endpoint) || (!variant.isEmpty() && !ConnectorBrokenVariants::isKnown(variant)))
        return ConnectorReply::error(404, u"Unknown connector endpoint: %1"_s.arg(subPath));

    QJsonObject params;
    QString parseError;
    const bool parsed = ConnectorParams::parse(request, &params, &parseError);
    m_lastParameters.insert(subPath, params);

    if (const std::optional<ConnectorReply> defect = ConnectorBrokenVariants::transportDefect(variant))
        return *defect;
    if (!parsed)
        return ConnectorReply::error(400, parseError);
    if (!hasValidCredentials(params)) {
        if (endpoint == u"check"_s && ConnectorBrokenVariants::acceptsAnyCredentials(variant))
            return ConnectorReply::json(statusObject(u"ERROR"_s)); // 200 all the same: the official bug
        return ConnectorReply::error(401, u"Invalid login or password"_s);
    }
    const ConnectorReply reply = answerEndpoint(endpoint, params);
    if (variant.isEmpty() || reply.status != 200)
        return reply;
    return ConnectorBrokenVariants::distort(variant, endpoint, reply);
}

ConnectorReply SampleConnector::answerEndpoint(const QString &endpoint, const QJsonObject &params) const
{
    if (endpoint == u"check"_s)
        return ConnectorReply::json(statusObject(u"OK"_s));
    if (endpoint == u"tables"_s)
        return answerTables(params);
    const QString code = ConnectorParams::text(params.value(u"table"_s));
    // The docs' example body names the table "name"; the portal sends "table".
    const QString tableCode = code.isEmpty() ? ConnectorParams::text(params.value(u"name"_s)) : code;
    if (tableCode.isEmpty())
        return ConnectorReply::error(400, u"The table parameter is required"_s);
    const ConnectorTable *table = m_catalog->table(tableCode);
    if (!table)
        return ConnectorReply::error(404, u"Unknown table: %1"_s.arg(tableCode));
    if (endpoint == u"describe"_s)
        return answerDescribe(*table);
    return ConnectorDataQuery::answer(*m_catalog, *table, params);
}

ConnectorReply SampleConnector::answerTables(const QJsonObject &params) const
{
    const QString search = ConnectorParams::text(params.value(u"searchString"_s));
    QJsonArray tables;
    for (const ConnectorTable &table : m_catalog->tables()) {
        if (table.code.contains(search, Qt::CaseInsensitive) || table.title.contains(search, Qt::CaseInsensitive))
            tables.append(QJsonObject{{u"code"_s, table.code}, {u"title"_s, table.title}});
    }
    return ConnectorReply::json(tables);
}

ConnectorReply SampleConnector::answerDescribe(const ConnectorTable &table) const
{
    QJsonArray columns;
    for (const ConnectorColumn &column : table.columns)
        columns.append(QJsonObject{{u"code"_s, column.code}, {u"name"_s, column.name}, {u"type"_s, column.type}});
    return ConnectorReply::json(columns);
}
