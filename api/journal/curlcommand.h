#pragma once

#include "api/journal/requestjournal.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

// "Copy as cURL" for a journal entry: a POSIX-shell command that repeats the exchange. The entry is
// already redacted (SecretRedaction); every redacted value becomes a `{{NAME}}` placeholder the user
// fills in ({{ACCESS_TOKEN}}, {{CLIENT_SECRET}}, {{REFRESH_TOKEN}}, {{SETTING_<code>}}), so the
// command never carries a real secret.
namespace CurlCommand {

QString accessTokenPlaceholder();
// The placeholder for the redacted value at `path` (object keys and array indices from the top);
// `settingCode` names a source setting whose value sits at settings[i].value.
QString placeholderFor(const QStringList &path, const QString &settingCode = {});
// The redacted parameters with every mask replaced by its placeholder (batch cmd strings included).
QJsonValue withPlaceholders(const QJsonValue &redacted);
// Single-quotes `text` for a POSIX shell ('\'' for a quote inside).
QString shellQuote(const QString &text);

// REST methods and batches: POST with a JSON body and a bearer placeholder; "oauth/token": the GET
// form with its query.
QString fromEntry(const JournalEntry &entry);

} // namespace CurlCommand
