// The connector endpoint validators (what the portal would make of an endpoint's answer): the
// connector tester runs them on whatever a third-party connector returns.
//
// Input: the endpoint call (1 byte, mod 4: check, table list, table description, data), the HTTP
// status (2 bytes, little endian, mod 600), then the response body.
#include "fuzz/fuzzinput.h"

#include "api/endpoints/endpointvalidation.h"

using namespace Qt::StringLiterals;

namespace {

void describe(const QList<EndpointViolation> &violations)
{
    for (const EndpointViolation &violation : violations)
        violation.name();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const quint8 call = input.takeByte() % 4;
    const int httpStatus = input.takeUInt16() % 600;
    const QByteArray body = input.rest();

    switch (call) {
    case 0:
        describe(EndpointValidation::validateCheck(body, httpStatus));
        break;
    case 1:
        describe(EndpointValidation::validateTableList(body, httpStatus).violations);
        break;
    case 2: {
        const auto outcome = EndpointValidation::validateTableDescription(body, httpStatus);
        describe(outcome.violations);
        for (const EndpointColumn &column : outcome.payload)
            EndpointValidation::mapFieldType(column.originalType);
        break;
    }
    default:
        describe(EndpointValidation::validateData(body, httpStatus, {u"ID"_s, u"TITLE"_s, u"DATE_CREATE"_s})
                     .violations);
        break;
    }
    return 0;
}
