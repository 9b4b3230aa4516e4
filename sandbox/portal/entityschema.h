#pragma once

#include "sandbox/rest/apierrors.h"
#include "sandbox/php/phpvalue.h"

#include <QList>
#include <QString>

#include <optional>

struct PortalSettings;

namespace SandboxPortal {

// One entry of a *.fields payload; also drives validation and the list select/filter/order rules.
struct FieldSpec
{
    QString title; // camelCase, as on the wire
    QString type;  // integer | string | array | boolean | datetime
    bool required = false;
    bool readOnly = false;
    bool immutable = false;
    bool multiple = false;
};

namespace EntitySchemas {

QList<FieldSpec> connector(const PortalSettings &settings);
QList<FieldSpec> source();
QList<FieldSpec> dataset();

// {"fields":[{title,type,isRequired,isReadOnly,isImmutable,isMultiple},...]}
PhpValue describe(const QList<FieldSpec> &fields);
QStringList titles(const QList<FieldSpec> &fields);

} // namespace EntitySchemas

// The generic validation of biconnector/lib/Rest/Base.php (first error wins).
namespace FieldValidator {

// "id" missing -> VALIDATION_ID_NOT_PROVIDED; not numeric or <= 0 -> VALIDATION_INVALID_ID_FORMAT.
std::optional<ApiError> validateId(const PhpValue &params);
// Empty/non-array fields, unknown keys, then per schema field: required (add), read-only,
// immutable (update), type.
std::optional<ApiError> validateFields(const PhpValue &fields, const QList<FieldSpec> &schema, bool isAdd);

} // namespace FieldValidator

// Bitrix Converter: "externalCode" -> "EXTERNAL_CODE" (camel2snake + upper), and back for output.
QString camelToUpperSnake(const QString &text);
QString camelToSnake(const QString &text);
QString upperSnakeToCamel(const QString &text);
// Converter(KEYS | RECURSIVE | TO_SNAKE | TO_UPPER) applied to an array.
PhpValue upperSnakeKeys(const PhpValue &value);

} // namespace SandboxPortal
