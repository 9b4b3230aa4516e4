#include "api/entities/entityvalidation.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

bool hasDatasetNameFormat(const QString &name)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[a-z][a-z0-9_]*"_s));
    return pattern.match(name).hasMatch();
}

bool hasFieldNameFormat(const QString &name)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[A-Z][A-Z0-9_]*"_s));
    return pattern.match(name).hasMatch();
}

// The values that occur more than once, in first-occurrence order.
QStringList duplicates(const QStringList &values)
{
    QSet<QString> seen;
    QStringList repeated;
    for (const auto &value : values) {
        if (seen.contains(value)) {
            if (!repeated.contains(value))
                repeated.append(value);
        } else {
            seen.insert(value);
        }
    }
    return repeated;
}

} // namespace

ValidationResult EntityValidation::failure(const char *code, const QString &message)
{
    return {QString::fromLatin1(code), message};
}

ValidationResult EntityValidation::required(const QString &field)
{
    return failure("BX_EMPTY_REQUIRED", tr("Field \"%1\" is required.").arg(field));
}

ValidationResult EntityValidation::tooLong(const QString &field, qsizetype maxLength)
{
    return failure("BX_INVALID_VALUE",
                   tr("Field \"%1\" must not be longer than %2 characters.").arg(field).arg(maxLength));
}

QStringList EntityValidation::fieldTypes(FieldTypes set)
{
    QStringList types{u"int"_s, u"string"_s, u"double"_s, u"date"_s, u"datetime"_s};
    if (set == FieldTypes::Extended)
        types << u"money"_s << u"timezone"_s;
    return types;
}

ValidationResult EntityValidation::datasetName(const QString &name)
{
    if (!hasDatasetNameFormat(name))
        return failure("VALIDATION_DATASET_NAME_INVALID",
                       tr("Dataset name has to start with a lowercase Latin character. Possible entry "
                          "includes lowercase Latin characters (a-z), numbers (0-9) and underscores."));
    if (name.size() > MaxDatasetNameLength)
        return failure("VALIDATION_DATASET_NAME_TOO_LONG",
                       tr("Dataset name must not be longer than %1 characters.").arg(MaxDatasetNameLength));
    return {};
}

ValidationResult EntityValidation::fieldName(const QString &name)
{
    if (!hasFieldNameFormat(name))
        return failure("VALIDATION_FIELD_NAME_INVALID_FORMAT",
                       tr("Field name \"%1\" has to start with an uppercase Latin character. Possible entry "
                          "includes uppercase Latin characters (A-Z), numbers (0-9) and underscores.")
                           .arg(name));
    if (name.size() > MaxFieldNameLength)
        return failure("VALIDATION_FIELD_NAME_TOO_LONG",
                       tr("Field name \"%1\" must not be longer than %2 characters.")
                           .arg(name)
                           .arg(MaxFieldNameLength));
    return {};
}

ValidationResult EntityValidation::fieldType(const QString &type, FieldTypes set)
{
    if (!fieldTypes(set).contains(type))
        return failure("VALIDATION_FIELD_INVALID_TYPE",
                       tr("Invalid field type \"%1\". Use one of: %2.")
                           .arg(type, fieldTypes(set).join(", "_L1)));
    return {};
}

ValidationResult EntityValidation::datasetFields(const QList<DatasetField> &fields, FieldTypes set)
{
    QStringList names;
    QStringList codes;
    for (const auto &field : fields) {
        names.append(field.name);
        codes.append(field.externalCode);
    }
    // Older servers send this one with the numeric code 0; newer ones use DUPLICATE_FIELDS.
    if (const QStringList repeated = duplicates(names); !repeated.isEmpty())
        return failure("DUPLICATE_FIELDS", tr("Duplicate column names: %1").arg(repeated.join(", "_L1)));
    if (fields.isEmpty())
        return failure("FIELDS_EMPTY", tr("The dataset needs at least one field."));
    if (const QStringList repeated = duplicates(codes); !repeated.isEmpty())
        return failure("VALIDATION_DUPLICATE_FIELD_CODE",
                       tr("Duplicate values found in the \"code\" parameter: %1").arg(repeated.join(", "_L1)));
    for (const auto &field : fields) {
        if (field.name.isEmpty() || field.type.isEmpty() || field.externalCode.isEmpty())
            return failure("VALIDATION_FIELD_MISSING_REQUIRED_PARAMETERS",
                           tr("Each field must have a name, a type and an external code."));
        if (ValidationResult result = fieldName(field.name); !result.isValid())
            return result;
        if (ValidationResult result = fieldType(field.type, set); !result.isValid())
            return result;
    }
    return {};
}

ValidationResult EntityValidation::connectorSetting(const ConnectorSetting &setting)
{
    if (setting.name.isEmpty() || setting.code.isEmpty() || setting.type.isEmpty())
        return failure("VALIDATION_SETTINGS_MISSING_REQUIRED_FIELDS",
                       tr("Settings must include \"type\", \"name\" and \"code\" fields."));
    if (setting.name.size() > MaxSettingNameLength)
        return failure("VALIDATION_SETTINGS_NAME_TOO_LONG",
                       tr("Setting name must not be longer than %1 characters.").arg(MaxSettingNameLength));
    if (setting.code.size() > MaxSettingCodeLength)
        return failure("VALIDATION_SETTINGS_CODE_TOO_LONG",
                       tr("Setting code must not be longer than %1 characters.").arg(MaxSettingCodeLength));
    if (setting.type != ConnectorSetting::TypeString && setting.type != ConnectorSetting::TypeInt)
        return failure("VALIDATION_SETTINGS_INVALID_TYPE",
                       tr("Parameter \"type\" is not correct: use STRING or INT."));
    return {};
}

ValidationResult EntityValidation::connectorSettings(const QList<ConnectorSetting> &settings)
{
    for (const auto &setting : settings) {
        if (ValidationResult result = connectorSetting(setting); !result.isValid())
            return result;
    }
    return {};
}

ValidationResult EntityValidation::connectorUrl(const QString &url, const QString &field)
{
    if (url.isEmpty())
        return required(field);
    if (url.size() > MaxUrlLength)
        return tooLong(field, MaxUrlLength);
    return {};
}

ValidationResult EntityValidation::title(const QString &title, qsizetype maxLength)
{
    if (title.trimmed().isEmpty())
        return required(u"title"_s);
    if (title.size() > maxLength)
        return tooLong(u"title"_s, maxLength);
    return {};
}

ValidationResult EntityValidation::connector(const Connector &connector)
{
    if (ValidationResult result = connectorSettings(connector.settings); !result.isValid())
        return result;
    if (ValidationResult result = title(connector.title); !result.isValid())
        return result;
    if (connector.logo.isEmpty())
        return required(u"logo"_s);
    const std::pair<QString, const QString *> urls[] = {
        {u"urlCheck"_s, &connector.urlCheck},
        {u"urlTableList"_s, &connector.urlTableList},
        {u"urlTableDescription"_s, &connector.urlTableDescription},
        {u"urlData"_s, &connector.urlData},
    };
    for (const auto &[field, url] : urls) {
        if (ValidationResult result = connectorUrl(*url, field); !result.isValid())
            return result;
    }
    return {};
}

ValidationResult EntityValidation::dataset(const Dataset &dataset, FieldTypes set)
{
    // The server checks the format first and the length only after the columns.
    if (!hasDatasetNameFormat(dataset.name))
        return datasetName(dataset.name);
    if (ValidationResult result = datasetFields(dataset.fields, set); !result.isValid())
        return result;
    return datasetName(dataset.name);
}
