#include "sandbox/portal/entityschema.h"

#include "sandbox/portal/portalsettings.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

FieldSpec field(const QString &title, const QString &type, bool required, bool readOnly, bool immutable = false,
                bool multiple = false)
{
    return FieldSpec{title, type, required, readOnly, immutable, multiple};
}

const QString Integer = u"integer"_s;
const QString String = u"string"_s;
const QString Array = u"array"_s;
const QString Boolean = u"boolean"_s;
const QString DateTime = u"datetime"_s;

bool hasType(const PhpValue &value, const QString &type)
{
    if (type == Integer)
        return value.isNumeric();
    if (type == String)
        return value.isString();
    if (type == Array)
        return value.isArray();
    if (type == Boolean)
        return value.isBool();
    return true;
}

} // namespace

namespace EntitySchemas {

QList<FieldSpec> connector(const PortalSettings &settings)
{
    QList<FieldSpec> fields{
        field(u"id"_s, Integer, true, true),
        field(u"title"_s, String, true, false),
        field(u"logo"_s, String, true, false),
        field(u"description"_s, String, false, false),
        field(u"sort"_s, Integer, false, false),
        field(u"urlCheck"_s, String, true, false),
        field(u"urlData"_s, String, true, false),
        field(u"urlTableList"_s, String, true, false),
        field(u"urlTableDescription"_s, String, true, false),
        field(u"settings"_s, Array, true, false, false, true),
        field(u"dateCreate"_s, DateTime, true, true),
    };
    if (settings.hasSupportMapping())
        fields.append(field(u"supportMapping"_s, Boolean, false, false));
    if (settings.isDocs2026())
        fields.append(field(u"sourceCode"_s, String, false, false));
    return fields;
}

QList<FieldSpec> source()
{
    return {
        field(u"id"_s, Integer, true, true),
        field(u"title"_s, String, true, false),
        field(u"type"_s, String, true, true),
        field(u"code"_s, String, true, true),
        field(u"description"_s, String, false, false),
        field(u"active"_s, Boolean, false, false),
        field(u"dateCreate"_s, DateTime, true, true),
        field(u"dateUpdate"_s, DateTime, true, true),
        field(u"createdById"_s, Integer, true, true),
        field(u"updatedById"_s, Integer, true, true),
        field(u"connectorId"_s, Integer, true, false, true),
        field(u"settings"_s, Array, true, false, false, true),
    };
}

QList<FieldSpec> dataset()
{
    return {
        field(u"id"_s, Integer, true, true),
        field(u"sourceId"_s, Integer, true, false, true),
        field(u"name"_s, String, true, false, true),
        field(u"type"_s, String, true, true),
        field(u"description"_s, String, false, false),
        field(u"externalName"_s, String, true, false, true),
        field(u"externalCode"_s, String, true, false, true),
        field(u"externalId"_s, Integer, true, true),
        field(u"dateCreate"_s, DateTime, true, true),
        field(u"dateUpdate"_s, DateTime, true, true),
        field(u"createdById"_s, Integer, true, true),
        field(u"updatedById"_s, Integer, true, true),
        field(u"fields"_s, Array, true, false, false, true),
    };
}

PhpValue describe(const QList<FieldSpec> &fields)
{
    PhpValue list = PhpValue::array();
    for (const FieldSpec &spec : fields) {
        list.append(PhpValue::map({
            {u"title"_s, PhpValue(spec.title)},
            {u"type"_s, PhpValue(spec.type)},
            {u"isRequired"_s, PhpValue::fromBool(spec.required)},
            {u"isReadOnly"_s, PhpValue::fromBool(spec.readOnly)},
            {u"isImmutable"_s, PhpValue::fromBool(spec.immutable)},
            {u"isMultiple"_s, PhpValue::fromBool(spec.multiple)},
        }));
    }
    return PhpValue::map({{u"fields"_s, list}});
}

QStringList titles(const QList<FieldSpec> &fields)
{
    QStringList result;
    for (const FieldSpec &spec : fields)
        result.append(spec.title);
    return result;
}

} // namespace EntitySchemas

namespace FieldValidator {

std::optional<ApiError> validateId(const PhpValue &params)
{
    if (!params.contains(u"id"_s))
        return ApiErrors::idNotProvided();
    const PhpValue &id = params.value(u"id"_s);
    if (!id.isNumeric() || id.toInt() <= 0)
        return ApiErrors::invalidIdFormat();
    return std::nullopt;
}

std::optional<ApiError> validateFields(const PhpValue &fields, const QList<FieldSpec> &schema, bool isAdd)
{
    if (fields.isEmpty() || !fields.isArray())
        return ApiErrors::fieldsNotProvided();

    const QStringList known = EntitySchemas::titles(schema);
    QStringList unknown;
    for (const QString &key : fields.keys()) {
        if (!known.contains(key))
            unknown.append(key);
    }
    if (!unknown.isEmpty())
        return ApiErrors::unknownParameters(unknown);

    for (const FieldSpec &spec : schema) {
        if (!fields.contains(spec.title)) {
            if (isAdd && spec.required && !spec.readOnly)
                return ApiErrors::requiredFieldMissing(spec.title);
            continue;
        }
        if (spec.readOnly)
            return ApiErrors::readOnlyField(spec.title);
        if (!isAdd && spec.immutable)
            return ApiErrors::immutableField(spec.title);
        if (!hasType(fields.value(spec.title), spec.type))
            return ApiErrors::invalidFieldType(spec.title, spec.type);
    }
    return std::nullopt;
}

} // namespace FieldValidator

QString camelToSnake(const QString &text)
{
    static const QRegularExpression boundary(u"(.)([A-Z])"_s);
    QString result = text;
    result.replace(boundary, u"\\1_\\2"_s);
    return result.toLower();
}

QString camelToUpperSnake(const QString &text)
{
    return camelToSnake(text).toUpper();
}

QString upperSnakeToCamel(const QString &text)
{
    const QStringList parts = text.toLower().split(u'_', Qt::SkipEmptyParts);
    QString result;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString part = parts.at(i);
        if (i > 0 && !part.isEmpty())
            part[0] = part.at(0).toUpper();
        result += part;
    }
    return result;
}

PhpValue upperSnakeKeys(const PhpValue &value)
{
    if (!value.isArray())
        return value;
    PhpValue result = PhpValue::array();
    for (const PhpValue::Entry &entry : value.entries())
        result.insert(camelToUpperSnake(entry.key), upperSnakeKeys(entry.value));
    return result;
}

} // namespace SandboxPortal
