#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QHostAddress;

// Client-side checks of a connector's endpoint URLs and logo URL, beyond what the server checks
// (required, ≤ 2048 characters — EntityValidation::connectorUrl): the syntax (an absolute http(s)
// URL with a host), and warnings the portal would only reveal later: plain http, and private or
// loopback hosts, which the portal refuses unless `biconnector.allow_local_connections` is on.
// Also the "base URL" helper that fills the four URLs with a conventional layout.
class ConnectorEndpointRules
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorEndpointRules)
public:
    struct Finding
    {
        enum class Severity { Error, Warning };
        Severity severity = Severity::Error;
        QString code;     // the server's code for server rules, a client code otherwise
        QString message;  // translated, names the field

        bool isError() const { return severity == Severity::Error; }
    };

    // The conventional endpoint layouts the base URL helper knows.
    enum class Layout {
        PathPerEndpoint, // <base>check, <base>tables, <base>describe, <base>data (the sandbox sample)
        ActionQuery,     // <base>?action=check|table_list|table_description|data (the official example)
    };

    // The four endpoint field names in the order of the API: urlCheck, urlTableList,
    // urlTableDescription, urlData.
    static QStringList endpointFields();

    // Problems of one endpoint URL: server rules first (required, length), then syntax, then
    // warnings. `field` names the field in messages ("urlCheck").
    static QList<Finding> checkEndpoint(const QString &url, const QString &field);
    // All four (endpointFields() order): each URL's errors, then each kind of warning once, naming
    // every field it applies to.
    static QList<Finding> checkEndpoints(const QStringList &urls);
    // A logo URL (not a data URI): syntax and the http warning.
    static QList<Finding> checkLogoUrl(const QString &url);

    // True for loopback, private (RFC 1918, unique-local), link-local and unspecified addresses,
    // and for "localhost" names. Host names are not resolved.
    static bool isPrivateHost(const QString &host);

    // The four URLs (in endpointFields() order) for `base` under `layout`. `base` gets a trailing
    // slash for PathPerEndpoint; an existing query is kept for ActionQuery.
    static QStringList fillFromBase(const QString &base, Layout layout);

private:
    static QList<Finding> checkSyntax(const QString &url, const QString &field);
    static Finding httpWarning(const QString &fields);
    static Finding privateHostWarning(const QString &fields, const QString &hosts);
    static bool isPrivateAddress(const QHostAddress &address);
};
