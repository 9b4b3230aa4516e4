#pragma once

#include "sandbox/php/phpvalue.h"

namespace SandboxPortal {

struct HttpRequestData;

// CRestUtil::getRequestData(): the GET query always; for a POST the body as strict JSON when the
// media type is application/json or *+json (invalid JSON is silently ignored), otherwise the form
// fields (urlencoded or multipart), otherwise parse_str of the raw body. POST keys override GET.
namespace RequestParams {

PhpValue fromRequest(const HttpRequestData &request);
bool isJsonMediaType(const QByteArray &contentType);

} // namespace RequestParams

} // namespace SandboxPortal
