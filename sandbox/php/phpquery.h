#pragma once

#include "sandbox/php/phpvalue.h"

#include <QByteArray>

namespace SandboxPortal {

// PHP's query-string codecs, which is what the portal uses on both sides of the wire.
namespace PhpQuery {

// parse_str(): "a[b][]=1&c=2" -> ordered array; every scalar is a string; "." and " " in the top-level
// name become "_".
PhpValue parse(QByteArrayView query);

// http_build_query(): nested arrays in bracket notation, null values and empty arrays omitted,
// booleans as 1/0, spaces as "+".
QByteArray build(const PhpValue &params);

// urlencode() of one component.
QByteArray encodeComponent(const QString &text);

} // namespace PhpQuery

} // namespace SandboxPortal
