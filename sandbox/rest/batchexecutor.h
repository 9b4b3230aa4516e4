#pragma once

#include "sandbox/rest/methodcall.h"

namespace SandboxPortal {

class RestCore;

// The "batch" method (CRestProvider::methodsBatch): cmd = {key: "method?query"}, halt, at most 50
// commands (the rest get ERROR_BATCH_LENGTH_EXCEEDED), $result[key][path] references, and the
// result/result_error/result_total/result_next/result_time maps. Commands run one after another
// with the caller's application context; their params are query strings, so every scalar is a
// string. A biconnector error is a successful result: it never lands in result_error nor halts.
class BatchExecutor
{
public:
    static constexpr int MaxLength = 50;

    explicit BatchExecutor(RestCore &core);
    void registerMethod(MethodRegistry &registry);

    // CRestUtil::ParseBatchQuery(): substitutes $result[key][a][b] (also $error, $total, $next,
    // $time) with earlier answers, then parse_str().
    static PhpValue parseCommandQuery(const QByteArray &query, const PhpValue &answers);

private:
    void execute(const CallContext &context, const MethodReply &reply);

    RestCore &m_core;
};

} // namespace SandboxPortal
