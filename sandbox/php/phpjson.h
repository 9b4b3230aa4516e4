#pragma once

#include "sandbox/php/phpvalue.h"

#include <QByteArray>

#include <optional>

namespace SandboxPortal {

// JSON in PHP's flavour, order-preserving in both directions (QJsonObject sorts keys, PHP does not).
namespace PhpJson {

// json_encode(): sequential arrays become JSON arrays, other arrays objects, empty arrays "[]".
QByteArray encode(const PhpValue &value);

// json_decode($text, true, 512, JSON_THROW_ON_ERROR): strict RFC 8259. Integers without fraction or
// exponent become ints (floats when they overflow), objects and arrays become ordered arrays.
std::optional<PhpValue> decode(const QByteArray &text);

} // namespace PhpJson

} // namespace SandboxPortal
