#include "sandbox/rest/envelope.h"

#include <QDateTime>

#include <chrono>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

QString isoDate(double seconds)
{
    // PHP date('c'): 2024-08-30T12:19:57+02:00 (never "Z")
    const QDateTime local = QDateTime::fromSecsSinceEpoch(qint64(seconds));
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + (offset < 0 ? u'-' : u'+')
        + u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace

namespace Envelope {

double now()
{
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::system_clock::now().time_since_epoch());
    return double(micros.count()) / 1e6;
}

PhpValue timeBlock(double start, double finish, double processing, double operating,
                   std::optional<qint64> operatingResetAt)
{
    PhpValue time = PhpValue::map({
        {u"start"_s, PhpValue::fromDouble(start)},
        {u"finish"_s, PhpValue::fromDouble(finish)},
        {u"duration"_s, PhpValue::fromDouble(finish - start)},
        {u"processing"_s, PhpValue::fromDouble(processing)},
        {u"date_start"_s, PhpValue(isoDate(start))},
        {u"date_finish"_s, PhpValue(isoDate(finish))},
    });
    if (operatingResetAt)
        time.insert(u"operating_reset_at"_s, PhpValue::fromInt(*operatingResetAt));
    // "operating":0 (an int, as in the docs) until the method has used any time.
    if (operating == 0)
        time.insert(u"operating"_s, PhpValue::fromInt(0));
    else
        time.insert(u"operating"_s, PhpValue::fromDouble(operating));
    return time;
}

PhpValue success(const PhpValue &result, const PhpValue &time)
{
    return PhpValue::map({{u"result"_s, result}, {u"time"_s, time}});
}

QByteArray contentType()
{
    return QByteArrayLiteral("application/json; charset=utf-8");
}

} // namespace Envelope

} // namespace SandboxPortal
