// The `batch` reply: split the `result` of a batch call into one ApiResult per command and count
// the failed commands (the journal), as the dispatcher does for every batch reply.
//
// Input: the number of commands sent (1 byte, mod MaxCommands + 1), then the batch `result` JSON
// ({"result":{q0:...},"result_error":{q1:{...}},...} or anything else).
#include "fuzz/fuzzinput.h"

#include "api/transport/batchcodec.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const int commandCount = input.takeByte() % (BatchCodec::MaxCommands + 1);
    QList<BatchCodec::Command> commands;
    for (int i = 0; i < commandCount; ++i)
        commands.append({i % 2 ? u"biconnector.dataset.get"_s : u"biconnector.source.update"_s, {}});

    const QJsonValue batchResult = QJsonDocument::fromJson(input.rest()).object();
    for (const ApiResult &result : BatchCodec::split(batchResult, commands)) {
        result.error.userMessage();
        result.error.details();
    }
    BatchCodec::countErrors(batchResult);
    return 0;
}
