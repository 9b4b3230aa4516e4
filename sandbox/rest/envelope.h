#pragma once

#include "sandbox/rest/apierrors.h"
#include "sandbox/php/phpvalue.h"

#include <QByteArray>

#include <optional>

namespace SandboxPortal {

// The REST core's response framing (rest/classes/general/rest.php).
namespace Envelope {

// Seconds since the epoch with microseconds, like PHP microtime(true).
double now();

// appendDebugInfo(): start, finish, duration, processing, date_start, date_finish,
// [operating_reset_at], operating.
PhpValue timeBlock(double start, double finish, double processing, double operating,
                   std::optional<qint64> operatingResetAt);

// {"result":...,"time":{...}}
PhpValue success(const PhpValue &result, const PhpValue &time);

QByteArray contentType(); // "application/json; charset=utf-8"

} // namespace Envelope

} // namespace SandboxPortal
