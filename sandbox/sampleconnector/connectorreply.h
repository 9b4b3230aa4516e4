#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// One HTTP answer of the sample connector: status, content type and raw body.
struct ConnectorReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;

    static ConnectorReply json(const QJsonValue &value, int status = 200);
    // {"error": message} with `status`.
    static ConnectorReply error(int status, const QString &message);
    static ConnectorReply raw(int status, const QByteArray &contentType, const QByteArray &body);

    // The body parsed as JSON (undefined when it is not JSON).
    QJsonValue jsonBody() const;
};
