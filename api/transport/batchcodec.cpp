#include "api/transport/batchcodec.h"

#include "api/transport/phpquery.h"

using namespace Qt::StringLiterals;

namespace BatchCodec {

QString commandKey(int index)
{
    return u"q"_s + QString::number(index);   // never numeric: numeric keys would turn maps into arrays
}

QString encodeCommand(const Command &command)
{
    const QByteArray query = PhpQuery::build(command.params);
    return query.isEmpty() ? command.method : command.method + u'?' + QString::fromLatin1(query);
}

QJsonObject buildParams(const QList<Command> &commands)
{
    QJsonObject cmd;
    for (qsizetype i = 0; i < commands.size(); ++i)
        cmd.insert(commandKey(int(i)), encodeCommand(commands.at(i)));
    return QJsonObject{{u"halt"_s, 0}, {u"cmd"_s, cmd}};
}

QList<ApiResult> split(const QJsonValue &batchResult, const QList<Command> &commands)
{
    const QJsonObject reply = batchResult.toObject();
    // Empty maps arrive as [] and toObject() turns those into {}.
    const QJsonObject results = reply.value(u"result"_s).toObject();
    const QJsonObject errors = reply.value(u"result_error"_s).toObject();
    QList<ApiResult> split;
    split.reserve(commands.size());
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QString key = commandKey(int(i));
        const QString &method = commands.at(i).method;
        if (errors.contains(key)) {
            split.append(ApiResult::failure(ApiError::fromErrorObject(errors.value(key).toObject(), 0, method)));
        } else if (results.contains(key)) {
            split.append(ApiResult::fromMethodResult(results.value(key), method));
        } else {
            split.append(ApiResult::failure(ApiError(ApiError::Kind::Protocol, u"BATCH_RESULT_MISSING"_s,
                                                     u"The batch reply has no result for command "_s + key,
                                                     200, method)));
        }
    }
    return split;
}

int countErrors(const QJsonValue &batchResult)
{
    const QJsonObject reply = batchResult.toObject();
    int count = int(reply.value(u"result_error"_s).toObject().size());
    const QJsonObject results = reply.value(u"result"_s).toObject();
    for (auto it = results.constBegin(); it != results.constEnd(); ++it) {
        if (ApiError::fromResult(it.value(), QString()))
            ++count;
    }
    return count;
}

} // namespace BatchCodec
