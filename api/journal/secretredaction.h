#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>

// Removes secrets from request parameters and replies before they are shown or stored anywhere:
// the request journal, logs, "copy as cURL", diagnostics. Secrets are access/refresh tokens,
// `auth`/`access_token` params, the client secret, password-like keys, source setting values
// (`settings[code]` of source.add/update, `settings[i].value` of source.get/list) and connector
// connection values (`connection[code]`). Empty values are kept: "empty" is not a secret.
namespace SecretRedaction {

QString mask();

// True for key names that always hold a secret, wherever they appear.
bool isSecretKey(const QString &key);
// True when the value at `path` (object keys and array indices from the top) is a secret.
bool isSecretPath(const QStringList &path);

QJsonValue redact(const QJsonValue &value);
QJsonObject redact(const QJsonObject &object);
// An encoded query string (`a=1&settings[x]=y`), keeping its encoding.
QByteArray redactQuery(const QByteArray &encodedQuery);
// A batch command: "method?query".
QString redactCommand(const QString &command);
QUrl redactUrl(const QUrl &url);

} // namespace SecretRedaction
