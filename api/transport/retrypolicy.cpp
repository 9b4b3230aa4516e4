#include "api/transport/retrypolicy.h"

#include <algorithm>

using namespace Qt::StringLiterals;

qint64 RetryPolicy::backoffMs(int failedAttempts) const
{
    const int doublings = std::clamp(failedAttempts - 1, 0, 30);
    const qint64 delay = baseDelayMs << doublings;
    return std::min(delay, maxDelayMs);
}

bool MethodTraits::isRead(const QString &method)
{
    return method.endsWith(u".get"_s) || method.endsWith(u".list"_s) || method.endsWith(u".fields"_s);
}
