#include "sandbox/rest/apierrors.h"

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

ApiError coded(const QString &code, const QString &message)
{
    return ApiError{PhpValue(code), PhpValue(message)};
}

ApiError uncoded(const QString &message)
{
    return ApiError{PhpValue::fromInt(0), PhpValue(message)};
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

} // namespace

PhpValue errorResult(const ApiError &error)
{
    return PhpValue::map({{u"error"_s, PhpValue::map({{u"error"_s, error.code}, {u"error_description"_s, error.description}})}});
}

namespace ApiErrors {

ApiError accessDenied() { return coded(u"ACCESS_DENIED"_s, u"Access denied."_s); }
ApiError idNotProvided() { return coded(u"VALIDATION_ID_NOT_PROVIDED"_s, u"ID is missing."_s); }
ApiError invalidIdFormat() { return coded(u"VALIDATION_INVALID_ID_FORMAT"_s, u"ID has to be a positive integer."_s); }
ApiError fieldsNotProvided() { return coded(u"VALIDATION_FIELDS_NOT_PROVIDED"_s, u"Fields not provided."_s); }

ApiError unknownParameters(const QStringList &names)
{
    return coded(u"VALIDATION_UNKNOWN_PARAMETERS"_s, u"Unknown parameters: "_s + names.join(u", "_s));
}

ApiError requiredFieldMissing(const QString &title)
{
    return coded(u"VALIDATION_REQUIRED_FIELD_MISSING"_s, u"Field "_s + quoted(title) + u" is required."_s);
}

ApiError readOnlyField(const QString &title)
{
    return coded(u"VALIDATION_READ_ONLY_FIELD"_s, u"Field "_s + quoted(title) + u" is read only."_s);
}

ApiError immutableField(const QString &title)
{
    return coded(u"VALIDATION_IMMUTABLE_FIELD"_s, u"Field "_s + quoted(title) + u" is immutable."_s);
}

ApiError invalidFieldType(const QString &title, const QString &type)
{
    return coded(u"VALIDATION_INVALID_FIELD_TYPE"_s, u"Field "_s + quoted(title) + u" must be of type "_s + type + u'.');
}

ApiError selectType() { return coded(u"VALIDATION_SELECT_TYPE"_s, u"Parameter \"select\" must be array."_s); }
ApiError filterType() { return coded(u"VALIDATION_FILTER_TYPE"_s, u"Parameter \"filter\" must be array."_s); }
ApiError orderType() { return coded(u"VALIDATION_ORDER_TYPE"_s, u"Parameter \"order\" must be array."_s); }

ApiError notAllowedInSelect(const QString &field)
{
    return coded(u"VALIDATION_FIELD_NOT_ALLOWED_IN_SELECT"_s,
                 u"Field "_s + quoted(field) + u" is not allowed in the \"select\"."_s);
}

ApiError notAllowedInFilter(const QString &field)
{
    return coded(u"VALIDATION_FIELD_NOT_ALLOWED_IN_FILTER"_s,
                 u"Field "_s + quoted(field) + u" is not allowed in the \"filter\"."_s);
}

ApiError notAllowedInOrder(const QString &field)
{
    return coded(u"VALIDATION_FIELD_NOT_ALLOWED_IN_ORDER"_s,
                 u"Field "_s + quoted(field) + u" is not allowed in the \"order\"."_s);
}

ApiError invalidFilterLogic()
{
    return coded(u"VALIDATION_INVALID_FILTER_LOGIC"_s, u"Field \"logic\" must be either \"AND\" or \"OR\"."_s);
}

ApiError connectorNotFound() { return coded(u"CONNECTOR_NOT_FOUND"_s, u"Connector was not found."_s); }

ApiError connectorDeleteRestricted()
{
    return coded(u"CONNECTOR_DELETE_RESTRICTED"_s,
                 u"Connector cannot be removed. Remove the connections related to the connector first."_s);
}

ApiError settingsMissingRequiredFields()
{
    return coded(u"VALIDATION_SETTINGS_MISSING_REQUIRED_FIELDS"_s,
                 u"Settings must include \"type\", \"name\" and \"code\" fields."_s);
}

ApiError settingsNameTooLong()
{
    return coded(u"VALIDATION_SETTINGS_NAME_TOO_LONG"_s, u"Parameter \"name\" must be less than 512 characters."_s);
}

ApiError settingsCodeTooLong()
{
    return coded(u"VALIDATION_SETTINGS_CODE_TOO_LONG"_s, u"Parameter \"code\" must be less than 512 characters."_s);
}

ApiError settingsInvalidType()
{
    return coded(u"VALIDATION_SETTINGS_INVALID_TYPE"_s, u"Parameter \"type\" is not correct."_s);
}

ApiError sourceNotFound() { return coded(u"SOURCE_NOT_FOUND"_s, u"Source was not found."_s); }
ApiError sourceCreateConnectionError() { return coded(u"SOURCE_CREATE_CONNECTION_ERROR"_s, u"Cannot create connection."_s); }
ApiError sourceUpdateConnectionError() { return coded(u"SOURCE_UPDATE_CONNECTION_ERROR"_s, u"Cannot update connection."_s); }
ApiError allFieldsRequired() { return uncoded(u"All the fields are required."_s); }

ApiError sourceDeleteRestricted()
{
    return coded(u"BX_ERROR"_s, u"Cannot delete source. Delete all related datasets first."_s);
}

ApiError datasetNotFound() { return coded(u"DATASET_NOT_FOUND"_s, u"Dataset was not found."_s); }

ApiError useFieldsUpdateMethod()
{
    // The stray closing quote is in the real message.
    return coded(u"INVALID_METHOD"_s,
                 u"Use the method \"biconnector.dataset.fields.update\" to update the dataset fields.\""_s);
}

ApiError datasetNameInvalid()
{
    return coded(u"VALIDATION_DATASET_NAME_INVALID"_s,
                 u"Dataset name has to start with a lowercase Latin character. Possible entry includes lowercase "
                 "Latin characters (a-z), numbers (0-9) and underscores."_s);
}

ApiError datasetNameTooLong()
{
    return coded(u"VALIDATION_DATASET_NAME_TOO_LONG"_s, u"Dataset name must not exceed 230 characters."_s);
}

ApiError duplicateFieldCode(const QStringList &codes)
{
    return coded(u"VALIDATION_DUPLICATE_FIELD_CODE"_s,
                 u"Duplicate values found in the \"code\" parameter: "_s + codes.join(u", "_s));
}

ApiError duplicateFieldName(const QStringList &names)
{
    return coded(u"VALIDATION_DUPLICATE_FIELD_NAME"_s,
                 u"Duplicate values found in the \"name\" parameter: "_s + names.join(u", "_s));
}

ApiError fieldMissingRequiredParameters()
{
    return coded(u"VALIDATION_FIELD_MISSING_REQUIRED_PARAMETERS"_s,
                 u"Field must include the required parameters: \"name\", \"externalCode\" and \"type\"."_s);
}

ApiError fieldNameInvalidFormat()
{
    return coded(u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s,
                 u"Field \"name\" has to start with an uppercase Latin character. Possible entry includes uppercase "
                 "Latin characters (A-Z), numbers (0-9) and underscores."_s);
}

ApiError fieldNameTooLong()
{
    return coded(u"VALIDATION_FIELD_NAME_TOO_LONG"_s, u"Field \"name\" must not exceed 32 characters."_s);
}

ApiError fieldInvalidType() { return coded(u"VALIDATION_FIELD_INVALID_TYPE"_s, u"Invalid field type."_s); }
ApiError fieldsEmpty() { return coded(u"FIELDS_EMPTY"_s, u"$fields is empty"_s); }

ApiError duplicateExistCode(const QStringList &codes)
{
    return coded(u"VALIDATION_DUPLICATE_EXIST_CODE"_s,
                 u"The following \"externalCode\" values already exist in the current fields: "_s + codes.join(u", "_s));
}

ApiError duplicateExistName(const QStringList &names)
{
    return coded(u"VALIDATION_DUPLICATE_EXIST_NAME"_s,
                 u"The following \"name\" values already exist in the current fields: "_s + names.join(u", "_s));
}

ApiError fieldAddMissingRequiredFields()
{
    return coded(u"VALIDATION_FIELD_ADD_MISSING_REQUIRED_FIELDS"_s,
                 u"Field to be added must include the required parameters: \"name\", \"externalCode\" and \"type\"."_s);
}

ApiError fieldUpdateMissingRequiredFields()
{
    return coded(u"VALIDATION_FIELD_UPDATE_MISSING_REQUIRED_FIELDS"_s,
                 u"Field to be updated must include the required parameters: \"id\" and \"visible\"."_s);
}

ApiError fieldDeleteInvalidId()
{
    return coded(u"VALIDATION_FIELD_DELETE_INVALID_ID"_s, u"ID to be deleted must be a positive integer."_s);
}

ApiError duplicateColumnNames(const QStringList &names, bool stringCode)
{
    const QString message = u"Duplicate column names: "_s + names.join(u", "_s);
    return stringCode ? coded(u"DUPLICATE_FIELDS"_s, message) : uncoded(message);
}

ApiError tableAlreadyExists(bool stringCode)
{
    const QString message = u"Table with this name already exists."_s;
    return stringCode ? coded(u"DATASET_ALREADY_EXIST"_s, message) : uncoded(message);
}

ApiError tableNameExists(const QString &name)
{
    return coded(u"NAME_EXISTS"_s, u"A table named "_s + quoted(name) + u" already exists."_s);
}

ApiError supersetSyncFailed(bool stringCode)
{
    if (stringCode)
        return coded(u"DATASET_UPDATE_ERROR"_s, u"Error updating dataset."_s);
    return ApiError{PhpValue::fromInt(0),
                    PhpValue::map({{u"message"_s, PhpValue(u"Dataset is not synchronized with BI Builder."_s)},
                                   {u"code"_s, PhpValue::fromInt(0)},
                                   {u"customData"_s, PhpValue()}})};
}

ApiError emptyRequired(const QString &fieldName)
{
    return coded(u"BX_EMPTY_REQUIRED"_s, u"Field "_s + quoted(fieldName) + u" is required."_s);
}

ApiError valueTooLong(const QString &fieldName, int maxLength)
{
    return coded(u"BX_INVALID_VALUE"_s, u"The value of the field "_s + quoted(fieldName)
                                            + u" is too long (maximum %1 characters)."_s.arg(maxLength));
}

} // namespace ApiErrors

namespace FrameworkErrors {

namespace {

FrameworkError make(int status, const QString &code, const QString &description)
{
    return FrameworkError{status, code, description, PhpValue::array()};
}

} // namespace

FrameworkError methodNotFound() { return make(404, u"ERROR_METHOD_NOT_FOUND"_s, u"Method not found!"_s); }
FrameworkError noAuth() { return make(401, u"NO_AUTH_FOUND"_s, u"Wrong authorization data"_s); }
FrameworkError expiredToken() { return make(401, u"expired_token"_s, u"The access token provided has expired"_s); }
FrameworkError invalidToken() { return make(401, u"invalid_token"_s, u"The access token provided is invalid"_s); }

FrameworkError insufficientScope()
{
    return make(401, u"insufficient_scope"_s, u"The request requires higher privileges than provided by the access token"_s);
}

FrameworkError httpsRequired() { return make(401, u"INVALID_REQUEST"_s, u"Https required."_s); }

FrameworkError invalidOrder(const QString &direction)
{
    FrameworkError error = make(400, u"ERROR_ARGUMENT"_s, u"Invalid order \""_s + direction + u'"');
    error.extra.insert(u"argument"_s, PhpValue(QString()));
    return error;
}

FrameworkError ormArgument(const QString &message)
{
    FrameworkError error = make(400, u"ERROR_ARGUMENT"_s, message);
    error.extra.insert(u"argument"_s, PhpValue(QString()));
    return error;
}

FrameworkError ormSystem(const QString &message)
{
    return make(400, u"ERROR_CORE"_s, message);
}

FrameworkError operationTimeLimit()
{
    return make(429, u"OPERATION_TIME_LIMIT"_s, u"Method is blocked due to operation time limit."_s);
}

FrameworkError queryLimitExceeded() { return make(503, u"QUERY_LIMIT_EXCEEDED"_s, u"Too many requests"_s); }
FrameworkError internalServerError() { return make(500, u"INTERNAL_SERVER_ERROR"_s, u"Internal server error"_s); }

FrameworkError batchMethodNotAllowed()
{
    return make(200, u"ERROR_BATCH_METHOD_NOT_ALLOWED"_s, u"Method is not allowed for batch usage"_s);
}

FrameworkError batchLengthExceeded()
{
    return make(200, u"ERROR_BATCH_LENGTH_EXCEEDED"_s, u"Max batch length exceeded"_s);
}

} // namespace FrameworkErrors

PhpValue frameworkErrorBody(const FrameworkError &error)
{
    PhpValue body = PhpValue::map({{u"error"_s, PhpValue(error.code)}, {u"error_description"_s, PhpValue(error.description)}});
    for (const PhpValue::Entry &entry : error.extra.entries())
        body.insert(entry.key, entry.value);
    return body;
}

} // namespace SandboxPortal
