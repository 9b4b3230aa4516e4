#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <optional>

// Rewrites a JSON tree by path: the visitor sees every value with its path (object keys and array
// indices from the top) and the object that holds it; it returns a replacement to stop there, or
// std::nullopt to descend into objects and arrays. Shared by secret redaction and "copy as cURL".
namespace JsonPathWalk {

using Visitor = std::function<std::optional<QJsonValue>(const QJsonValue &value, const QStringList &path,
                                                        const QJsonObject &holder)>;

QJsonValue transform(const QJsonValue &value, const Visitor &visitor);

// True for a path segment that is an array index ("0", "12").
bool isIndex(const QString &segment);

} // namespace JsonPathWalk
