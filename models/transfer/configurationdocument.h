#pragma once

#include "api/entities/entities.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// A portal's BI configuration as a file: connectors with their sources, datasets and columns, with
// only what another portal needs to recreate them — no ids, dates, owners or tokens. Source
// setting values are secrets: a document carries them only when the user opted in for that export
// (settingValuesIncluded); otherwise it keeps the setting codes only.
//
// File format (JSON, UTF-8):
//   {"format":"biworkspace-configuration","version":1,"exportedAt":"2026-11-22T17:00:00Z",
//    "sourcePortal":"portal.bitrix24.com","settingValuesIncluded":false,
//    "connectors":[{"title","description","logo","sort","urlCheck","urlTableList",
//        "urlTableDescription","urlData","supportMapping"?,"settings":[{"name","code","type"}],
//        "sources":[{"title","description","type":"rest","active","settings":[{"code","value"?}],
//            "datasets":[{"name","externalName","externalCode","description",
//                "fields":[{"name","externalCode","type","visible"}]}]}]}]}
struct ConfigurationDocument
{
    Q_DECLARE_TR_FUNCTIONS(ConfigurationDocument)
public:
    static constexpr QLatin1StringView Format{"biworkspace-configuration"};
    static constexpr int Version = 1;

    // Entity values reuse the api/ types; ids, dates and owners stay zero/invalid here.
    struct SourceEntry
    {
        Source source;            // title, description, type, active; settings: code (+ value when included)
        QList<Dataset> datasets;  // name, externalName, externalCode, description, fields
        friend bool operator==(const SourceEntry &, const SourceEntry &) = default;
    };
    struct ConnectorEntry
    {
        Connector connector;      // title, description, logo, sort, the four URLs, settings schema
        QList<SourceEntry> sources;
        friend bool operator==(const ConnectorEntry &, const ConnectorEntry &) = default;
    };

    QDateTime exportedAt;
    QString sourcePortal;         // the exporting portal's host name, nothing more
    bool settingValuesIncluded = false;
    QList<ConnectorEntry> connectors;

    // Drops everything a document must not carry (ids, dates, owners; setting values unless
    // settingValuesIncluded) and sorts connectors and sources by title, datasets by name.
    void normalize();

    QByteArray toJson() const;
    // Reads a document. On failure returns nothing and sets *error to a translated sentence naming
    // `fileName` and the JSON path of the problem (e.g. connectors[0].sources[1].title).
    static std::optional<ConfigurationDocument> fromJson(const QByteArray &json, const QString &fileName,
                                                         QString *error);

    int sourceCount() const;
    int datasetCount() const;

    friend bool operator==(const ConfigurationDocument &, const ConfigurationDocument &) = default;
};
