#pragma once

#include "api/transport/typedcall.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <optional>

// The bench is a driver script written in C++: it waits for one thing at a time in a local event
// loop. (The layers it measures never do that; their event loop is the one being measured.)
namespace BenchWait {

// Connects to `signal`, runs `trigger`, then runs the event loop until the signal arrives.
// False when `timeoutMs` passed first.
template <typename Sender, typename Signal>
bool forSignal(const Sender *sender, Signal signal, int timeoutMs, const std::function<void()> &trigger = {})
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&loop] { loop.exit(0); });
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    if (trigger)
        trigger();
    return loop.exec() == 0;
}

// Lets the event loop run for `ms` milliseconds (layouts, paints, deferred deletes).
void idle(int ms);

// The outcome of a typed API call; nullopt on timeout.
template <typename T>
std::optional<Outcome<T>> forOutcome(const TypedCall<T> &call, int timeoutMs)
{
    QEventLoop loop;
    std::optional<Outcome<T>> outcome;
    call.onFinished(&loop, [&](const Outcome<T> &finished) {
        outcome = finished;
        loop.exit(0);
    });
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    if (call.handle())
        loop.exec();
    return outcome;
}

} // namespace BenchWait
