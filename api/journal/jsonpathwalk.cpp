#include "api/journal/jsonpathwalk.h"

#include <QJsonArray>

namespace JsonPathWalk {
namespace {

QJsonValue walk(const QJsonValue &value, QStringList &path, const QJsonObject &holder, const Visitor &visitor)
{
    if (std::optional<QJsonValue> replacement = visitor(value, path, holder))
        return *replacement;
    if (value.isObject()) {
        const QJsonObject original = value.toObject();
        QJsonObject object = original;
        for (auto it = object.begin(); it != object.end(); ++it) {
            path.append(it.key());
            it.value() = walk(it.value(), path, original, visitor);
            path.removeLast();
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            path.append(QString::number(i));
            array[i] = walk(array.at(i), path, holder, visitor);
            path.removeLast();
        }
        return array;
    }
    return value;
}

} // namespace

QJsonValue transform(const QJsonValue &value, const Visitor &visitor)
{
    QStringList path;
    return walk(value, path, QJsonObject(), visitor);
}

bool isIndex(const QString &segment)
{
    bool ok = false;
    segment.toInt(&ok);
    return ok;
}

} // namespace JsonPathWalk
