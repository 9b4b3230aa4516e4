#include "sandbox/rest/batchexecutor.h"

#include "sandbox/rest/envelope.h"
#include "sandbox/php/phpquery.h"
#include "sandbox/rest/restcore.h"

#include <QRegularExpression>

#include <memory>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

struct BatchRun
{
    CallContext context;
    MethodReply reply;
    std::vector<PhpValue::Entry> commands;
    size_t next = 0;
    int counted = 0;
    bool halt = false;
    bool finished = false;
    // $arResult of methodsBatch: result / next / total / time / error, each keyed by command.
    PhpValue answers = PhpValue::map({{u"result"_s, PhpValue::array()},
                                      {u"next"_s, PhpValue::array()},
                                      {u"total"_s, PhpValue::array()},
                                      {u"time"_s, PhpValue::array()},
                                      {u"error"_s, PhpValue::array()}});

    void record(const QString &map, const QString &key, const PhpValue &value)
    {
        answers.find(map)->insert(key, value);
    }
};

void flatten(const QString &prefix, const PhpValue &value, QList<QByteArray> &pairs)
{
    if (value.isArray()) {
        for (const PhpValue::Entry &entry : value.entries())
            flatten(prefix + u'[' + entry.key + u']', entry.value, pairs);
        return;
    }
    pairs.append(PhpQuery::encodeComponent(prefix) + '=' + PhpQuery::encodeComponent(value.toString()));
}

const PhpValue *resolve(const PhpValue &answers, const QString &kind, const QString &brackets)
{
    static const QRegularExpression segment(u"\\[([^\\]]*)\\]"_s);
    const PhpValue *current = &answers.value(kind.toLower());
    auto it = segment.globalMatch(brackets);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        if (!current->isArray() || !current->contains(key))
            return nullptr;
        current = &current->value(key);
    }
    return current;
}

} // namespace

BatchExecutor::BatchExecutor(RestCore &core)
    : m_core(core)
{
}

void BatchExecutor::registerMethod(MethodRegistry &registry)
{
    registry.add(u"batch"_s, [this](const CallContext &context, const MethodReply &reply) { execute(context, reply); });
}

PhpValue BatchExecutor::parseCommandQuery(const QByteArray &query, const PhpValue &answers)
{
    if (!query.contains('$'))
        return PhpQuery::parse(query);
    static const QRegularExpression reference(u"\\$(result|error|total|next|time)((?:\\[[^\\]]*\\])+)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QList<QByteArray> pairs;
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0) {
            pairs.append(pair);
            continue;
        }
        QByteArray rawValue = pair.mid(equals + 1);
        rawValue.replace('+', ' ');
        const QString value = QString::fromUtf8(QByteArray::fromPercentEncoding(rawValue));
        const auto whole = reference.match(value);
        if (whole.hasMatch() && whole.capturedLength(0) == value.size()) {
            const PhpValue *target = resolve(answers, whole.captured(1), whole.captured(2));
            if (target && target->isArray()) {
                QByteArray keyBytes = pair.left(equals);
                keyBytes.replace('+', ' ');
                flatten(QString::fromUtf8(QByteArray::fromPercentEncoding(keyBytes)), *target, pairs);
                continue;
            }
        }
        QString substituted = value;
        auto it = reference.globalMatch(value);
        QList<QPair<QString, QString>> replacements;
        while (it.hasNext()) {
            const auto match = it.next();
            if (const PhpValue *target = resolve(answers, match.captured(1), match.captured(2)); target && !target->isArray())
                replacements.append({match.captured(0), target->toString()});
        }
        for (const auto &[from, to] : replacements)
            substituted.replace(from, to);
        pairs.append(pair.left(equals) + '=' + PhpQuery::encodeComponent(substituted));
    }
    return PhpQuery::parse(pairs.join('&'));
}

void BatchExecutor::execute(const CallContext &context, const MethodReply &reply)
{
    auto run = std::make_shared<BatchRun>();
    run->context = context;
    run->reply = reply;
    // array_change_key_case($query, CASE_UPPER)
    for (const PhpValue::Entry &entry : context.params.entries()) {
        const QString key = entry.key.toUpper();
        if (key == u"HALT"_s)
            run->halt = entry.value.toBool();
        else if (key == u"CMD"_s && entry.value.isArray())
            run->commands = entry.value.entries();
    }

    auto finish = [](const std::shared_ptr<BatchRun> &state) {
        if (state->finished)
            return;
        state->finished = true;
        const PhpValue &answers = state->answers;
        state->reply(MethodOutcome::success(PhpValue::map({
            {u"result"_s, answers.value(u"result"_s)},
            {u"result_error"_s, answers.value(u"error"_s)},
            {u"result_total"_s, answers.value(u"total"_s)},
            {u"result_next"_s, answers.value(u"next"_s)},
            {u"result_time"_s, answers.value(u"time"_s)},
        })));
    };

    auto step = std::make_shared<std::function<void()>>();
    *step = [this, run, finish, weakStep = std::weak_ptr<std::function<void()>>(step)]() {
        while (run->next < run->commands.size()) {
            const PhpValue::Entry command = run->commands.at(run->next++);
            if (run->counted++ >= MaxLength) {
                run->record(u"error"_s, command.key, frameworkErrorBody(FrameworkErrors::batchLengthExceeded()));
                if (run->halt)
                    return finish(run);
                continue;
            }
            if (!command.value.isString())
                continue;
            const QString call = command.value.toString();
            const qsizetype question = call.indexOf(u'?');
            const QString method = question < 0 ? call : call.left(question);
            const QByteArray query = question < 0 ? QByteArray() : call.mid(question + 1).toUtf8();
            const QString lower = method.toLower();
            if (lower == u"batch"_s || lower == u"download"_s || lower == u"upload"_s) {
                run->record(u"error"_s, command.key, frameworkErrorBody(FrameworkErrors::batchMethodNotAllowed()));
                if (run->halt)
                    return finish(run);
                continue;
            }
            const RestCore::Caller caller{run->context.clientId, run->context.limiterKey, run->context.userId,
                                          run->context.scopes};
            const PhpValue params = parseCommandQuery(query, run->answers);
            auto self = weakStep.lock();
            m_core.call(method, params, caller, run->context.oldDatasetBehaviour, Envelope::now(),
                        [run, finish, self, key = command.key](const RestCore::Result &result) {
                            if (result.outcome.kind == MethodOutcome::Kind::Crash) {
                                run->finished = true;
                                return run->reply(result.outcome);
                            }
                            if (result.outcome.kind == MethodOutcome::Kind::Framework) {
                                run->record(u"error"_s, key, frameworkErrorBody(result.outcome.error));
                                if (run->halt)
                                    return finish(run);
                            } else {
                                run->record(u"result"_s, key, result.outcome.result);
                                run->record(u"time"_s, key, result.time);
                            }
                            if (self)
                                (*self)();
                        });
            return;
        }
        finish(run);
    };
    (*step)();
}

} // namespace SandboxPortal
