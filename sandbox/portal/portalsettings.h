#pragma once

#include <QString>

#include <optional>

// Which real portal build the sandbox imitates (see portal-behavior.md "Version landscape").
enum class PortalVersion {
    V25_550,     // connector/source/dataset, no supportMapping, no biconnector.table.*
    V25_1150,    // + supportMapping
    V26_250,     // + biconnector.table.*; dataset errors without a code are the number 0 (default)
    Docs2026_09, // + sourceCode, string codes DATASET_ALREADY_EXIST/NAME_EXISTS/DUPLICATE_FIELDS,
                 //   unique table names, 0 instead of null for externalId/updatedById, column description
};

std::optional<PortalVersion> parsePortalVersion(const QString &text);
QString portalVersionName(PortalVersion version);

// Live switches of the emulated portal. The server owns one instance; method handlers read it on
// every call, so changing a switch from a test takes effect on the next request.
struct PortalSettings
{
    PortalVersion version = PortalVersion::V26_250;

    bool hasSupportMapping() const { return version >= PortalVersion::V25_1150; }
    bool hasTableMethods() const { return version >= PortalVersion::V26_250; }
    bool isDocs2026() const { return version == PortalVersion::Docs2026_09; }

    // Realism quirks of the real server (all on by default, as the real portal behaves).
    bool explicitSelectDatesAsObjects = true; // source/dataset lists: explicit dateCreate/dateUpdate -> {}
    bool selectWithoutMainColumnCrashes = true; // source ["connectorId"] / table ["sourceId"] -> HTTP 500
    bool logicOnlyOnConnectorList = true;     // logic/nested groups on source/dataset lists -> 400
    // BI Builder (Superset) is deployed: dataset.add then creates a Superset dataset (externalId)
    // and fields.update on a table without externalId answers an error after committing (§3.8).
    bool supersetDeployed = false;

    // Portal options.
    bool privateIpRefusal = false;  // biconnector.allow_local_connections=N
    bool webhookHttpsRequired = false; // REST_APAUTH_ALLOW_HTTP not defined (the sandbox is plain HTTP)
    bool biAccess = true;           // the user has "BI Builder" + "Analytics Hub" access
    int urlCheckTimeoutMs = 60000;  // the portal's read timeout for connector calls

    qint64 defaultUserId = 1;
};
