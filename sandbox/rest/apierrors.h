#pragma once

#include "sandbox/php/phpvalue.h"

#include <QString>
#include <QStringList>

namespace SandboxPortal {

// A biconnector error as the handlers return it: it travels INSIDE "result" with HTTP 200.
// The code is a string, or the number 0 for Main\Error objects created without a code.
// Declared in a namespace so that its symbols differ from the client's ApiError (api/transport/apierror.h):
// tests link both, and two classes named ::ApiError break the one-definition rule (the linker
// keeps one inline destructor for both, and the sandbox's error paths crash).
namespace SandboxProtocol {
struct ApiError
{
    PhpValue code;
    PhpValue description; // a string, or (one Superset case) a serialized error object
};
} // namespace SandboxProtocol
using SandboxProtocol::ApiError;

// {"error":{"error":CODE,"error_description":MSG}}: the value of "result" for a failed call.
PhpValue errorResult(const ApiError &error);

// The exact English texts of the real server (protocol data, not UI strings).
namespace ApiErrors {

ApiError accessDenied();
ApiError idNotProvided();
ApiError invalidIdFormat();
ApiError fieldsNotProvided();
ApiError unknownParameters(const QStringList &names);
ApiError requiredFieldMissing(const QString &title);
ApiError readOnlyField(const QString &title);
ApiError immutableField(const QString &title);
ApiError invalidFieldType(const QString &title, const QString &type);

ApiError selectType();
ApiError filterType();
ApiError orderType();
ApiError notAllowedInSelect(const QString &field);
ApiError notAllowedInFilter(const QString &field);
ApiError notAllowedInOrder(const QString &field);
ApiError invalidFilterLogic();

ApiError connectorNotFound();
ApiError connectorDeleteRestricted();
ApiError settingsMissingRequiredFields();
ApiError settingsNameTooLong();
ApiError settingsCodeTooLong();
ApiError settingsInvalidType();

ApiError sourceNotFound();
ApiError sourceCreateConnectionError();
ApiError sourceUpdateConnectionError();
ApiError allFieldsRequired(); // code 0
ApiError sourceDeleteRestricted();

ApiError datasetNotFound();
ApiError useFieldsUpdateMethod();
ApiError datasetNameInvalid();
ApiError datasetNameTooLong();
ApiError duplicateFieldCode(const QStringList &codes);
ApiError duplicateFieldName(const QStringList &names);
ApiError fieldMissingRequiredParameters();
ApiError fieldNameInvalidFormat();
ApiError fieldNameTooLong();
ApiError fieldInvalidType();
ApiError fieldsEmpty();
ApiError duplicateExistCode(const QStringList &codes);
ApiError duplicateExistName(const QStringList &names);
ApiError fieldAddMissingRequiredFields();
ApiError fieldUpdateMissingRequiredFields();
ApiError fieldDeleteInvalidId();
ApiError duplicateColumnNames(const QStringList &names, bool stringCode); // DUPLICATE_FIELDS or 0
ApiError tableAlreadyExists(bool stringCode);                          // DATASET_ALREADY_EXIST or 0
ApiError tableNameExists(const QString &name);                         // NAME_EXISTS (newest portals)
ApiError supersetSyncFailed(bool stringCode); // DATASET_UPDATE_ERROR, or 0 + a nested error object

// ORM-level errors (BX_*), reported inside "result" like the others.
ApiError emptyRequired(const QString &fieldName);
ApiError valueTooLong(const QString &fieldName, int maxLength);

} // namespace ApiErrors

// A framework (REST core) error: top level {"error","error_description"[,extra]} with its HTTP status.
struct FrameworkError
{
    int status = 400;
    QString code;
    QString description;
    PhpValue extra; // appended keys, e.g. "argument"
};

namespace FrameworkErrors {

FrameworkError methodNotFound();
FrameworkError noAuth();
FrameworkError expiredToken();
FrameworkError invalidToken();
FrameworkError insufficientScope();
FrameworkError httpsRequired();
FrameworkError invalidOrder(const QString &direction);
FrameworkError ormArgument(const QString &message); // Main\ArgumentException
FrameworkError ormSystem(const QString &message);   // other Main\SystemException (ERROR_CORE)
FrameworkError operationTimeLimit();
FrameworkError queryLimitExceeded();
FrameworkError internalServerError();
FrameworkError batchMethodNotAllowed();
FrameworkError batchLengthExceeded();

} // namespace FrameworkErrors

// {"error":CODE,"error_description":MSG,...extra}
PhpValue frameworkErrorBody(const FrameworkError &error);

} // namespace SandboxPortal
