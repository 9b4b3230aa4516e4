// The REST reply envelope: what classifyReply() decides for a body + HTTP status + transport
// outcome, and what the dispatcher then reads from the verdict (result, inner biconnector error,
// retry time, redacted journal body, user message).
//
// Input: status (2 bytes, little endian, mod 600), network error index (1 byte), flags (1 byte:
// bit 0 idempotent, bit 1 timed out), then the reply body.
#include "fuzz/fuzzinput.h"

#include "api/transport/apiresult.h"
#include "api/transport/replyclassifier.h"
#include "api/journal/secretredaction.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array kNetworkErrors{
    QNetworkReply::NoError,
    QNetworkReply::ContentNotFoundError,
    QNetworkReply::InternalServerError,
    QNetworkReply::ServiceUnavailableError,
    QNetworkReply::ConnectionRefusedError,
    QNetworkReply::RemoteHostClosedError,
    QNetworkReply::TimeoutError,
    QNetworkReply::SslHandshakeFailedError,
    QNetworkReply::ProtocolFailure,
    QNetworkReply::UnknownServerError,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    HttpOutcome outcome;
    outcome.httpStatus = input.takeUInt16() % 600;
    outcome.networkError = kNetworkErrors.at(input.takeByte() % kNetworkErrors.size());
    const quint8 flags = input.takeByte();
    outcome.timedOut = (flags & 2) != 0;
    outcome.body = input.rest();

    const QString method = u"biconnector.source.get"_s;
    const ReplyVerdict verdict = classifyReply(outcome, (flags & 1) != 0, method);
    SecretRedaction::redact(verdict.body);
    if (verdict.action == ReplyVerdict::Action::Deliver) {
        const ApiResult result = ApiResult::fromMethodResult(verdict.envelope.value(u"result"_s), method);
        result.error.userMessage();
        result.error.details();
        verdict.envelope.value(u"time"_s)[u"operating_reset_at"_s].toInteger();
    }
    verdict.error.userMessage();
    verdict.error.details();
    verdict.error.retryAt().isValid();
    return 0;
}
