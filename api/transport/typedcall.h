#pragma once

#include "api/transport/apicall.h"
#include "api/entities/entities.h"
#include "api/transport/listcall.h"

#include <QJsonArray>
#include <QList>
#include <QPointer>

#include <functional>
#include <optional>
#include <utility>

// The outcome of a typed call: a decoded value, or an error (never both).
template <typename T>
struct Outcome
{
    T value{};
    ApiError error;

    bool ok() const { return !error.isError(); }
};

namespace TypedCallDetail {
ApiError unexpectedShape(const QString &method);
} // namespace TypedCallDetail

// A typed view of an ApiCall: the JSON result is decoded before the callback sees it; a result of
// the wrong shape becomes a Protocol error. Cheap to copy; the underlying handle still finishes
// exactly once and deletes itself.
template <typename T>
class TypedCall
{
public:
    using Decoder = std::function<std::optional<T>(const QJsonValue &result)>;

    TypedCall(ApiCall *call, Decoder decode) : m_call(call), m_decode(std::move(decode)) { }

    ApiCall *handle() const { return m_call; }   // null once finished and deleted
    void cancel() const
    {
        if (m_call)
            m_call->cancel();
    }

    template <typename Functor>
    QMetaObject::Connection onFinished(const QObject *context, Functor &&functor) const
    {
        if (!m_call)
            return {};
        return m_call->onFinished(context, [decode = m_decode, method = m_call->method(),
                                            functor = std::forward<Functor>(functor)](const ApiResult &result) mutable {
            Outcome<T> outcome;
            if (!result.ok()) {
                outcome.error = result.error;
            } else if (std::optional<T> value = decode(result.result)) {
                outcome.value = std::move(*value);
            } else {
                outcome.error = TypedCallDetail::unexpectedShape(method);
            }
            functor(outcome);
        });
    }

private:
    QPointer<ApiCall> m_call;
    Decoder m_decode;
};

// A typed view of a ListCall: pages arrive as QList<T>, the final outcome carries every item.
template <typename T>
class TypedListCall
{
public:
    using ItemParser = T (*)(const QJsonObject &item);

    TypedListCall(ListCall *call, ItemParser parse) : m_call(call), m_parse(parse) { }

    ListCall *handle() const { return m_call; }
    void cancel() const
    {
        if (m_call)
            m_call->cancel();
    }

    template <typename Functor>
    QMetaObject::Connection onPage(const QObject *context, Functor &&functor) const
    {
        if (!m_call)
            return {};
        return m_call->onPage(context, [parse = m_parse, functor = std::forward<Functor>(functor)](
                                           const QJsonArray &items, int page) mutable {
            functor(entitiesFromJson(items, parse), page);
        });
    }

    template <typename Functor>
    QMetaObject::Connection onFinished(const QObject *context, Functor &&functor) const
    {
        if (!m_call)
            return {};
        return m_call->onFinished(context, [parse = m_parse, functor = std::forward<Functor>(functor)](
                                               const ApiResult &result) mutable {
            Outcome<QList<T>> outcome;
            outcome.error = result.error;
            if (result.ok())
                outcome.value = entitiesFromJson(result.result.toArray(), parse);
            functor(outcome);
        });
    }

private:
    QPointer<ListCall> m_call;
    ItemParser m_parse;
};
