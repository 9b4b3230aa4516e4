#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <utility>

class QHttpServerRequest;

// The parameters of a call to a connector endpoint, read the way a PHP connector reads them: the
// query string first, then the body on top of it — application/json (an object), or form-encoded
// with PHP bracket notation (connection[login]=u&select[]=A&filter[0][LOGIC]=OR). Form maps whose
// keys are all 0,1,2… (in any order) become JSON arrays ordered by index.
namespace ConnectorParams {

// Returns false and sets *error when a JSON body is not a JSON object.
bool parse(const QHttpServerRequest &request, QJsonObject *params, QString *error);

QJsonObject parseForm(const QByteArray &encoded);

// A scalar as PHP would see it: strings as they are, numbers without a trailing ".0", true/false as
// "1"/"". Objects, arrays and null give an empty string.
QString text(const QJsonValue &value);

// The entries of an object (by key) or an array (index as key); a scalar gives no entries.
QList<std::pair<QString, QJsonValue>> entries(const QJsonValue &value);

// The texts of a list parameter (select[]=a&select[]=b); a single scalar gives a one-item list.
QStringList textList(const QJsonValue &value);

} // namespace ConnectorParams
