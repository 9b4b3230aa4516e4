#pragma once

#include "api/endpoints/endpointclient.h"
#include "models/catalog/hierarchytypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class ApiError;

// Words for a direct connection check (a urlCheck call from this computer, the way the portal
// makes it): the tree badge, a one-line summary, a multi-line diagnostic, and the message that
// explains a portal-side connection failure (SOURCE_*_CONNECTION_ERROR) with the direct result.
// Nothing here contains a setting value: the diagnostics arrive redacted (EndpointDiagnostics).
class SourceCheck
{
    Q_DECLARE_TR_FUNCTIONS(SourceCheck)
public:
    static bool passed(const EndpointResult &result) { return result.isAccepted(); }

    // The badge: Passed/Failed, HTTP status, ms, when, and the summary as its message.
    static CheckStatus status(const EndpointResult &result, const QDateTime &at = QDateTime::currentDateTime());
    // "Connection OK: HTTP 200 in 12 ms" / "Connection failed: HTTP 401 in 8 ms" / "… connection refused".
    static QString summary(const EndpointResult &result);
    // What happened without the verdict: "HTTP 401 in 8 ms", "Connection refused (after 3 ms)".
    static QString outcome(const EndpointResult &result);
    // URL, the form as sent (values ***), status, timing, size, problems and the body excerpt.
    static QString details(const EndpointResult &result, const QUrl &requestedUrl = QUrl());
    // A badge for a source that could not be checked at all (no connector, source.get failed).
    static CheckStatus notChecked(const QString &reason, const QDateTime &at = QDateTime::currentDateTime());

    // The message for a source.add/update that the portal refused because its own urlCheck call
    // failed, completed with what the direct check from this computer saw (when there is one).
    static QString portalCheckFailedMessage(const ApiError &error, const EndpointResult *direct);
};
