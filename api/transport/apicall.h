#pragma once

#include "api/transport/apiresult.h"

#include <QObject>
#include <QString>

#include <functional>
#include <utility>

// A running REST call. Emits finished() exactly once (with a Canceled error if cancel() came first)
// and then deletes itself with deleteLater(). Hold it in a QPointer if you may cancel it later.
//
// Connect with a context object so that a reply arriving after the receiver died is dropped:
//     client->call(u"biconnector.connector.get"_s, {{u"id"_s, 5}})
//         ->onFinished(this, [this](const ApiResult &result) { ... });
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    QString method() const { return m_method; }
    bool isFinished() const { return m_finished; }

    // Stops the call. Idempotent; does nothing once finished. A write that already reached the
    // portal may still take effect: the caller asked not to know.
    void cancel();

    template <typename Functor>
    QMetaObject::Connection onFinished(const QObject *context, Functor &&functor)
    {
        return connect(this, &ApiCall::finished, context, std::forward<Functor>(functor));
    }

signals:
    void finished(const ApiResult &result);

protected:
    explicit ApiCall(const QString &method, QObject *parent = nullptr);

    // Emits finished() unless already finished, then schedules deletion.
    void finish(const ApiResult &result);
    // Called by cancel() before it reports Canceled: stop whatever work is pending.
    virtual void abortWork() = 0;

private:
    QString m_method;
    bool m_finished = false;
};

// The producer side of a plain call, used by the transport: whoever starts the work resolves it.
class PendingApiCall final : public ApiCall
{
    Q_OBJECT
public:
    explicit PendingApiCall(const QString &method, QObject *parent = nullptr);

    void resolve(const ApiResult &result) { finish(result); }
    // Runs when the caller cancels; must not resolve the call itself.
    void setAbortHandler(std::function<void()> handler) { m_abortHandler = std::move(handler); }

protected:
    void abortWork() override;

private:
    std::function<void()> m_abortHandler;
};
