#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>
#include <tuple>

namespace SandboxPortal {

class PortalDatabase;

// What a seed created.
struct SeedSummary
{
    int connectors = 0;
    int sources = 0;
    int datasets = 0;
    int fields = 0;
};

// Seed data written straight into the portal database (no urlCheck calls), owned by one app.
class PortalSeeder
{
public:
    struct ScaleSpec
    {
        int connectors = 0;
        int sources = 0;
        int datasets = 0;
    };

    PortalSeeder(PortalDatabase &database, const QString &clientId, const QUrl &connectorUrl, qint64 userId = 1);

    // "demo" or "scale:C/S/D"; false and *error for anything else.
    bool seed(const QString &spec, SeedSummary *summary, QString *error);

    // A small English demo portal: 3 connectors (one is the sample connector at connectorUrl with
    // login/password settings), 5 sources (one inactive), 8 datasets whose fields match the sample
    // connector's sales/deals/contacts/products tables, an SVG logo as a data: URI.
    SeedSummary seedDemo();
    // C connectors (all pointing at the sample connector), S sources and D datasets spread evenly,
    // each dataset with 4 fields; one transaction, so scale:20/500/10000 takes about a second.
    SeedSummary seedScale(const ScaleSpec &spec);

    static std::optional<ScaleSpec> parseScale(const QString &spec);
    static QString demoLogo();

private:
    qint64 insertConnector(const QString &title, const QString &description, const QString &urlBase,
                           const QString &settingsJson, int sort, bool supportMapping);
    qint64 insertSource(qint64 connectorId, const QString &title, const QString &description, bool active,
                        const QList<QPair<QString, QString>> &settings, const QString &connectorSettingsJson);
    qint64 insertDataset(qint64 sourceId, const QString &name, const QString &description, const QString &externalCode,
                         const QString &externalName, const QList<std::tuple<QString, QString, QString, bool>> &fields,
                         SeedSummary &summary);

    PortalDatabase &m_database;
    QString m_clientId;
    QUrl m_connectorUrl;
    qint64 m_userId;
};

} // namespace SandboxPortal
