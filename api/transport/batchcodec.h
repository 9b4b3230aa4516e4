#pragma once

#include "api/transport/apiresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The `batch` method's wire format (portal-behavior.md §4): commands go out as
// {"halt":0,"cmd":{key:"method?query"}}, replies come back as
// {"result":{key:...},"result_error":{key:{error,...}},...}. A biconnector error is a *successful*
// command whose result is {"error":{...}}; only framework errors land in result_error.
namespace BatchCodec {

inline constexpr int MaxCommands = 50;

struct Command
{
    QString method;
    QJsonObject params;
};

QString commandKey(int index);
QString encodeCommand(const Command &command);
QJsonObject buildParams(const QList<Command> &commands);

// One result per command, in order. Inner errors of either kind become the command's error.
QList<ApiResult> split(const QJsonValue &batchResult, const QList<Command> &commands);
// How many commands of a batch reply failed (for the journal).
int countErrors(const QJsonValue &batchResult);

} // namespace BatchCodec
