#include "sandbox/sampleconnector/connectorreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

ConnectorReply ConnectorReply::json(const QJsonValue &value, int status)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return raw(status, QByteArrayLiteral("application/json"), document.toJson(QJsonDocument::Compact));
}

ConnectorReply ConnectorReply::error(int status, const QString &message)
{
    return json(QJsonObject{{u"error"_s, message}}, status);
}

ConnectorReply ConnectorReply::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    return ConnectorReply{status, contentType, body};
}

QJsonValue ConnectorReply::jsonBody() const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray())
        return document.array();
    if (document.isObject())
        return document.object();
    return QJsonValue(QJsonValue::Undefined);
}
