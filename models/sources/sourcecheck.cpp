#include "models/sources/sourcecheck.h"

#include "api/transport/apierror.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

const EndpointViolation *firstError(const EndpointResult &result)
{
    for (const EndpointViolation &violation : result.violations) {
        if (violation.isError())
            return &violation;
    }
    return nullptr;
}

} // namespace

CheckStatus SourceCheck::status(const EndpointResult &result, const QDateTime &at)
{
    CheckStatus status;
    status.state = passed(result) ? CheckStatus::State::Passed : CheckStatus::State::Failed;
    status.httpStatus = result.diagnostics.httpStatus;
    status.elapsedMs = result.diagnostics.elapsedMs;
    status.checkedAt = at;
    status.message = tr("%1 (checked at %2)").arg(summary(result), QLocale().toString(at.time(), QLocale::LongFormat));
    return status;
}

CheckStatus SourceCheck::notChecked(const QString &reason, const QDateTime &at)
{
    CheckStatus status;
    status.state = CheckStatus::State::Failed;
    status.checkedAt = at;
    status.message = tr("Not checked: %1 (at %2)").arg(reason, QLocale().toString(at.time(), QLocale::LongFormat));
    return status;
}

QString SourceCheck::summary(const EndpointResult &result)
{
    if (result.canceled)
        return tr("Check canceled");
    return passed(result) ? tr("Connection OK: %1").arg(outcome(result))
                          : tr("Connection failed: %1").arg(outcome(result));
}

QString SourceCheck::outcome(const EndpointResult &result)
{
    const EndpointDiagnostics &d = result.diagnostics;
    const EndpointViolation *error = firstError(result);
    if (d.httpStatus == 0) {
        const QString reason = !d.transportError.isEmpty() ? d.transportError
                               : error                     ? error->message
                                                           : tr("no answer");
        return tr("%1 (after %2 ms)").arg(reason).arg(d.elapsedMs);
    }
    const QString line = tr("HTTP %1 in %2 ms").arg(d.httpStatus).arg(d.elapsedMs);
    if (error && error->id != EndpointProtocol::Violation::HttpStatusNot200)
        return line + u" — "_s + error->message;
    return line;
}

QString SourceCheck::details(const EndpointResult &result, const QUrl &requestedUrl)
{
    const EndpointDiagnostics &d = result.diagnostics;
    QStringList lines;
    const QUrl url = d.url.isEmpty() ? requestedUrl : d.url;
    lines << tr("URL: %1").arg(url.toDisplayString(QUrl::RemoveUserInfo));
    QStringList sent;
    for (const auto &[key, value] : d.requestFields)
        sent << key + u'=' + value;
    lines << tr("Sent (POST, form-encoded; setting values shown as ***): %1")
                 .arg(sent.isEmpty() ? tr("nothing") : sent.join(u'&'));
    if (result.canceled) {
        lines << tr("The check was canceled after %1 ms.").arg(d.elapsedMs);
        return lines.join(u'\n');
    }
    if (d.httpStatus > 0)
        lines << tr("HTTP status: %1").arg(d.httpStatus);
    else
        lines << tr("No HTTP answer: %1").arg(d.transportError.isEmpty() ? tr("unknown reason") : d.transportError);
    lines << tr("Time: %1 ms").arg(d.elapsedMs);
    if (d.httpStatus > 0)
        lines << tr("Response: %n byte(s)", nullptr, int(d.bytes))
                     + (d.contentType.isEmpty() ? QString() : u", "_s + d.contentType);
    if (!result.violations.isEmpty()) {
        lines << tr("Findings:");
        for (const EndpointViolation &violation : result.violations) {
            const QString severity = violation.isError() ? tr("error") : tr("warning");
            lines << u"  • "_s + tr("%1 (%2, %3)").arg(violation.message, severity, violation.name());
        }
    } else {
        lines << tr("Findings: none; the portal would accept this answer.");
    }
    if (d.httpStatus > 0) {
        lines << tr("Body excerpt (setting values replaced by ***):");
        lines << (d.bodyExcerpt.isEmpty() ? tr("(empty)") : QString::fromUtf8(d.bodyExcerpt));
    }
    return lines.join(u'\n');
}

QString SourceCheck::portalCheckFailedMessage(const ApiError &error, const EndpointResult *direct)
{
    QString text = error.userMessage();
    if (!direct) {
        text += u' ' + tr("No direct check from this computer is available.");
        return text;
    }
    if (passed(*direct)) {
        text += u' '
                + tr("The direct check from this computer passed (%1), so the connector answers here but the portal "
                     "could not reach it: it may refuse local or private addresses, or a firewall may be in between.")
                      .arg(outcome(*direct));
    } else {
        text += u' '
                + tr("The direct check from this computer failed too (%1). Correct the settings (see the check "
                     "details) and save again.")
                      .arg(outcome(*direct));
    }
    return text;
}
