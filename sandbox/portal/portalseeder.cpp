#include "sandbox/portal/portalseeder.h"

#include "sandbox/sampleconnector/connectordemodata.h"
#include "sandbox/php/phpjson.h"
#include "sandbox/portal/portaldatabase.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <tuple>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

using FieldDef = std::tuple<QString, QString, QString, bool>; // name, external code, type, visible

QString settingsJson(const QList<std::tuple<QString, QString, QString>> &settings)
{
    PhpValue list = PhpValue::array();
    for (const auto &[name, code, type] : settings)
        list.append(PhpValue::map({{u"name"_s, PhpValue(name)}, {u"code"_s, PhpValue(code)}, {u"type"_s, PhpValue(type)}}));
    return QString::fromUtf8(PhpJson::encode(list));
}

// The dataset columns of a sample connector table: NAME = external code in upper case.
QList<FieldDef> sampleTableFields(const QString &tableCode, const QString &hiddenCode = {})
{
    QList<FieldDef> fields;
    for (const ConnectorTable &table : ConnectorDemoData::tables()) {
        if (table.code != tableCode)
            continue;
        for (const ConnectorColumn &column : table.columns)
            fields.append({column.code.toUpper(), column.code, column.type, column.code != hiddenCode});
    }
    return fields;
}

QList<FieldDef> campaignFields()
{
    return {{u"CAMPAIGN_ID"_s, u"campaign_id"_s, u"int"_s, true},
            {u"NAME"_s, u"name"_s, u"string"_s, true},
            {u"CHANNEL"_s, u"channel"_s, u"string"_s, true},
            {u"CLICKS"_s, u"clicks"_s, u"int"_s, true},
            {u"SPEND"_s, u"spend"_s, u"double"_s, true},
            {u"STARTED_ON"_s, u"started_on"_s, u"date"_s, true}};
}

} // namespace

PortalSeeder::PortalSeeder(PortalDatabase &database, const QString &clientId, const QUrl &connectorUrl, qint64 userId)
    : m_database(database)
    , m_clientId(clientId)
    , m_connectorUrl(connectorUrl)
    , m_userId(userId)
{
}

std::optional<PortalSeeder::ScaleSpec> PortalSeeder::parseScale(const QString &spec)
{
    static const QRegularExpression pattern(u"^scale:(\\d+)/(\\d+)/(\\d+)$"_s);
    const auto match = pattern.match(spec);
    if (!match.hasMatch())
        return std::nullopt;
    ScaleSpec scale{match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()};
    if ((scale.sources > 0 && scale.connectors == 0) || (scale.datasets > 0 && scale.sources == 0))
        return std::nullopt;
    return scale;
}

bool PortalSeeder::seed(const QString &spec, SeedSummary *summary, QString *error)
{
    SeedSummary result;
    if (spec == u"demo"_s) {
        result = seedDemo();
    } else if (const auto scale = parseScale(spec)) {
        result = seedScale(*scale);
    } else {
        if (error)
            *error = u"invalid seed \"%1\" (use demo or scale:C/S/D with parents for every child)"_s.arg(spec);
        return false;
    }
    if (summary)
        *summary = result;
    return true;
}

QString PortalSeeder::demoLogo()
{
    const QByteArray svg = QByteArrayLiteral(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" height=\"32\" viewBox=\"0 0 32 32\">"
        "<rect width=\"32\" height=\"32\" rx=\"6\" fill=\"#2fc6f6\"/>"
        "<rect x=\"7\" y=\"17\" width=\"4\" height=\"8\" fill=\"#fff\"/>"
        "<rect x=\"14\" y=\"11\" width=\"4\" height=\"14\" fill=\"#fff\"/>"
        "<rect x=\"21\" y=\"7\" width=\"4\" height=\"18\" fill=\"#fff\"/></svg>");
    return u"data:image/svg+xml;base64,"_s + QString::fromLatin1(svg.toBase64());
}

qint64 PortalSeeder::insertConnector(const QString &title, const QString &description, const QString &urlBase,
                                     const QString &settings, int sort, bool supportMapping)
{
    return m_database.exec(
        u"INSERT INTO connectors (app_id, title, date_create, logo, description, sort, url_check, settings, url_data, "
        "url_table_list, url_table_description, support_mapping) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {m_clientId, title, PortalDatabase::nowText(), demoLogo(), description, sort, QString(urlBase + u"check"_s),
         settings, QString(urlBase + u"data"_s), QString(urlBase + u"tables"_s), QString(urlBase + u"describe"_s),
         supportMapping ? 1 : 0});
}

qint64 PortalSeeder::insertSource(qint64 connectorId, const QString &title, const QString &description, bool active,
                                  const QList<QPair<QString, QString>> &settings, const QString &connectorSettings)
{
    const QString now = PortalDatabase::nowText();
    const qint64 id = m_database.exec(
        u"INSERT INTO sources (type, code, title, description, active, date_create, date_update, created_by_id, "
        "updated_by_id, connector_id) VALUES ('rest', ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {u"rest_%1"_s.arg(connectorId), title, description, active ? 1 : 0, now, now, m_userId, m_userId, connectorId});
    const PhpValue declared = PhpJson::decode(connectorSettings.toUtf8()).value_or(PhpValue::array());
    for (const auto &[code, value] : settings) {
        for (const PhpValue::Entry &entry : declared.entries()) {
            if (entry.value.value(u"code"_s).toString() != code)
                continue;
            m_database.exec(u"INSERT INTO source_settings (source_id, code, name, type, value) VALUES (?, ?, ?, ?, ?)"_s,
                            {id, code, entry.value.value(u"name"_s).toString(), entry.value.value(u"type"_s).toString(),
                             value});
        }
    }
    return id;
}

qint64 PortalSeeder::insertDataset(qint64 sourceId, const QString &name, const QString &description,
                                   const QString &externalCode, const QString &externalName,
                                   const QList<FieldDef> &fields, SeedSummary &summary)
{
    const qint64 id = m_database.exec(
        u"INSERT INTO datasets (type, name, description, external_code, external_name, date_create, created_by_id, "
        "source_id) VALUES ('rest', ?, ?, ?, ?, ?, ?, ?)"_s,
        {name, description, externalCode, externalName, PortalDatabase::nowText(), m_userId, sourceId});
    for (const auto &[fieldName, code, type, visible] : fields) {
        m_database.exec(
            u"INSERT INTO dataset_fields (dataset_id, type, name, external_code, visible) VALUES (?, ?, ?, ?, ?)"_s,
            {id, type, fieldName, code, visible ? 1 : 0});
        ++summary.fields;
    }
    ++summary.datasets;
    return id;
}

SeedSummary PortalSeeder::seedDemo()
{
    SeedSummary summary;
    m_database.beginTransaction();

    const QString sampleSettings = settingsJson({{u"Login"_s, u"login"_s, u"STRING"_s},
                                                 {u"Password"_s, u"password"_s, u"STRING"_s}});
    const QString marketingSettings = settingsJson({{u"API token"_s, u"token"_s, u"STRING"_s},
                                                    {u"Account ID"_s, u"account"_s, u"INT"_s}});
    const QString erpSettings = settingsJson({{u"Host"_s, u"host"_s, u"STRING"_s},
                                              {u"Port"_s, u"port"_s, u"INT"_s},
                                              {u"Database"_s, u"database"_s, u"STRING"_s},
                                              {u"Login"_s, u"login"_s, u"STRING"_s},
                                              {u"Password"_s, u"password"_s, u"STRING"_s}});

    const qint64 sample = insertConnector(u"Sample SQL Connector"_s,
                                          u"Sales, deals, contacts and products from the sandbox demo database."_s,
                                          m_connectorUrl.toString(), sampleSettings, 100, false);
    const qint64 marketing = insertConnector(u"Acme Marketing Cloud"_s,
                                             u"Campaign performance of the Acme Marketing Cloud accounts."_s,
                                             u"https://bi.acme-marketing.example/connector/"_s, marketingSettings, 200, true);
    const qint64 erp = insertConnector(u"Northwind Warehouse ERP"_s, u"Stock levels and shipments from Northwind ERP."_s,
                                       u"https://erp.northwind.example/bi/"_s, erpSettings, 300, false);
    summary.connectors = 3;

    const QList<QPair<QString, QString>> demoCredentials{{u"login"_s, u"demo"_s}, {u"password"_s, u"demo-secret"_s}};
    const qint64 production = insertSource(sample, u"Sales database (production)"_s,
                                           u"Live copy of the sales database."_s, true, demoCredentials, sampleSettings);
    const qint64 staging = insertSource(sample, u"Sales database (staging)"_s, u"Nightly snapshot used for testing."_s,
                                        true, demoCredentials, sampleSettings);
    const qint64 acmeEu = insertSource(marketing, u"Acme EU account"_s, u"Campaigns run from the Berlin office."_s, true,
                                       {{u"token"_s, u"acme-eu-7f3a9c41"_s}, {u"account"_s, u"1001"_s}}, marketingSettings);
    const qint64 acmeUs = insertSource(marketing, u"Acme US account"_s, u"Campaigns run from the Chicago office."_s, true,
                                       {{u"token"_s, u"acme-us-22b8e1d0"_s}, {u"account"_s, u"1002"_s}}, marketingSettings);
    insertSource(erp, u"Berlin warehouse"_s, u"Decommissioned in March; kept for history."_s, false,
                 {{u"host"_s, u"erp.northwind.example"_s},
                  {u"port"_s, u"5432"_s},
                  {u"database"_s, u"berlin"_s},
                  {u"login"_s, u"bi_reader"_s},
                  {u"password"_s, u"w4rehouse-read"_s}},
                 erpSettings);
    summary.sources = 5;

    insertDataset(production, u"sales_2024"_s, u"Sales per region and product."_s, u"sales"_s, u"Sales"_s,
                  sampleTableFields(u"sales"_s), summary);
    insertDataset(production, u"deals_pipeline"_s, u"Open and closed deals with their owners."_s, u"deals"_s,
                  u"Deals"_s, sampleTableFields(u"deals"_s), summary);
    insertDataset(production, u"contacts_directory"_s, u"Customer contacts (the score is hidden)."_s, u"contacts"_s,
                  u"Contacts"_s, sampleTableFields(u"contacts"_s, u"score"_s), summary);
    insertDataset(production, u"product_catalog"_s, u"Products, prices and stock."_s, u"products"_s, u"Products"_s,
                  sampleTableFields(u"products"_s), summary);
    insertDataset(staging, u"sales_staging"_s, u"Sales from the staging snapshot."_s, u"sales"_s, u"Sales"_s,
                  sampleTableFields(u"sales"_s), summary);
    insertDataset(staging, u"deals_staging"_s, u"Deals from the staging snapshot."_s, u"deals"_s, u"Deals"_s,
                  sampleTableFields(u"deals"_s), summary);
    insertDataset(acmeEu, u"acme_eu_campaigns"_s, u"EU campaign performance."_s, u"campaigns"_s, u"Campaigns"_s,
                  campaignFields(), summary);
    insertDataset(acmeUs, u"acme_us_campaigns"_s, u"US campaign performance."_s, u"campaigns"_s, u"Campaigns"_s,
                  campaignFields(), summary);

    m_database.commit();
    return summary;
}

SeedSummary PortalSeeder::seedScale(const ScaleSpec &spec)
{
    SeedSummary summary;
    const QString settings = settingsJson({{u"Login"_s, u"login"_s, u"STRING"_s},
                                           {u"Password"_s, u"password"_s, u"STRING"_s}});
    const QString urlBase = m_connectorUrl.toString();
    const QString now = PortalDatabase::nowText();
    const QString logo = demoLogo();
    m_database.beginTransaction();

    QSqlQuery connector(m_database.connection());
    connector.prepare(u"INSERT INTO connectors (app_id, title, date_create, logo, description, sort, url_check, settings, "
                      "url_data, url_table_list, url_table_description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QList<qint64> connectorIds;
    for (int i = 1; i <= spec.connectors; ++i) {
        for (const QVariant &value : QVariantList{m_clientId, u"Connector %1"_s.arg(i, 3, 10, QChar(u'0')), now, logo,
                                                  u"Scale test connector %1."_s.arg(i), 100 + i,
                                                  QString(urlBase + u"check"_s), settings, QString(urlBase + u"data"_s),
                                                  QString(urlBase + u"tables"_s), QString(urlBase + u"describe"_s)})
            connector.addBindValue(value);
        connector.exec();
        connectorIds.append(connector.lastInsertId().toLongLong());
    }
    summary.connectors = int(connectorIds.size());

    QSqlQuery source(m_database.connection());
    source.prepare(u"INSERT INTO sources (type, code, title, description, active, date_create, date_update, "
                   "created_by_id, updated_by_id, connector_id) VALUES ('rest', ?, ?, ?, 1, ?, ?, ?, ?, ?)"_s);
    QSqlQuery setting(m_database.connection());
    setting.prepare(u"INSERT INTO source_settings (source_id, code, name, type, value) VALUES (?, ?, ?, 'STRING', ?)"_s);
    QList<qint64> sourceIds;
    for (int i = 0; i < spec.sources; ++i) {
        const qint64 connectorId = connectorIds.at(i % connectorIds.size());
        for (const QVariant &value : QVariantList{u"rest_%1"_s.arg(connectorId), u"Source %1"_s.arg(i + 1, 4, 10, QChar(u'0')),
                                                  u"Scale test source."_s, now, now, m_userId, m_userId, connectorId})
            source.addBindValue(value);
        source.exec();
        const qint64 sourceId = source.lastInsertId().toLongLong();
        sourceIds.append(sourceId);
        for (const auto &[code, name, value] : {std::tuple{u"login"_s, u"Login"_s, u"demo"_s},
                                                std::tuple{u"password"_s, u"Password"_s, u"demo-secret"_s}}) {
            setting.addBindValue(sourceId);
            setting.addBindValue(code);
            setting.addBindValue(name);
            setting.addBindValue(value);
            setting.exec();
        }
    }
    summary.sources = int(sourceIds.size());

    QSqlQuery dataset(m_database.connection());
    dataset.prepare(u"INSERT INTO datasets (type, name, description, external_code, external_name, date_create, "
                    "created_by_id, source_id) VALUES ('rest', ?, ?, 'sales', 'Sales', ?, ?, ?)"_s);
    QSqlQuery field(m_database.connection());
    field.prepare(u"INSERT INTO dataset_fields (dataset_id, type, name, external_code, visible) VALUES (?, ?, ?, ?, 1)"_s);
    static const QList<std::tuple<QString, QString, QString>> fields{{u"int"_s, u"SALE_ID"_s, u"sale_id"_s},
                                                                     {u"string"_s, u"REGION"_s, u"region"_s},
                                                                     {u"double"_s, u"AMOUNT"_s, u"amount"_s},
                                                                     {u"datetime"_s, u"CREATED_AT"_s, u"created_at"_s}};
    for (int i = 0; i < spec.datasets; ++i) {
        dataset.addBindValue(u"table_%1"_s.arg(i + 1, 5, 10, QChar(u'0')));
        dataset.addBindValue(u"Scale test table."_s);
        dataset.addBindValue(now);
        dataset.addBindValue(m_userId);
        dataset.addBindValue(sourceIds.at(i % sourceIds.size()));
        dataset.exec();
        const qint64 datasetId = dataset.lastInsertId().toLongLong();
        for (const auto &[type, name, code] : fields) {
            field.addBindValue(datasetId);
            field.addBindValue(type);
            field.addBindValue(name);
            field.addBindValue(code);
            field.exec();
            ++summary.fields;
        }
    }
    summary.datasets = spec.datasets;
    m_database.commit();
    return summary;
}

} // namespace SandboxPortal
