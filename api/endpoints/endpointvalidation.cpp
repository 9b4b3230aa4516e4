#include "api/endpoints/endpointvalidation.h"

#include "api/entities/entityjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMetaEnum>

using namespace Qt::StringLiterals;
using EndpointProtocol::Severity;
using EndpointProtocol::Violation;

namespace {

constexpr qsizetype MaxListedItems = 5;

// "[0], [3], [4]" or "[0], [3], [4], [7], [9] and 12 more": JSON indexes as developers see them.
QString indexList(const QList<qsizetype> &indexes)
{
    QStringList shown;
    for (qsizetype i = 0; i < indexes.size() && i < MaxListedItems; ++i)
        shown.append(u'[' % QString::number(indexes.at(i)) % u']');
    QString text = shown.join(", "_L1);
    if (indexes.size() > MaxListedItems)
        text += QCoreApplication::translate("EndpointValidation", " and %n more", nullptr,
                                            int(indexes.size() - MaxListedItems));
    return text;
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const auto &value : values)
        quoted.append(u'"' % value % u'"');
    return quoted.join(", "_L1);
}

EndpointViolation violation(Violation id, Severity severity, const QString &message)
{
    return {id, severity, message};
}

bool reportsFailure(const QJsonObject &body)
{
    static const QStringList failureWords{u"error"_s, u"fail"_s, u"failed"_s, u"failure"_s};
    if (failureWords.contains(EntityJson::toText(body.value("status"_L1)).toLower()))
        return true;
    if (!EndpointValidation::isPhpEmpty(body.value("error"_L1)))
        return true;
    const auto isFalse = [&](QLatin1StringView key) {
        const QJsonValue value = body.value(key);
        return value.isBool() && !value.toBool();
    };
    return isFalse("success"_L1) || isFalse("result"_L1);
}

} // namespace

QString EndpointViolation::name() const
{
    return QString::fromLatin1(QMetaEnum::fromType<Violation>().valueToKey(int(id)));
}

bool EndpointValidation::isPhpEmpty(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::Bool:
        return !value.toBool();
    case QJsonValue::Double:
        return value.toDouble() == 0.0;
    case QJsonValue::String:
        return value.toString().isEmpty() || value.toString() == "0"_L1;
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    }
    return true;
}

QString EndpointValidation::mapFieldType(const QString &type, bool *known)
{
    static const QStringList portalTypes{u"int"_s,  u"string"_s, u"double"_s,  u"date"_s,
                                         u"datetime"_s, u"money"_s, u"timezone"_s};
    const QString lowered = type.toLower();
    const bool isKnown = portalTypes.contains(lowered);
    if (known)
        *known = isKnown;
    return isKnown ? lowered : u"string"_s;
}

QList<EndpointViolation> EndpointValidation::checkStatusAndBody(const QByteArray &body, int httpStatus)
{
    QList<EndpointViolation> violations;
    if (httpStatus != 200)
        violations.append(violation(Violation::HttpStatusNot200, Severity::Error,
                                    tr("The endpoint answered HTTP status %1; the portal accepts only 200.")
                                        .arg(httpStatus)));
    if (body.isEmpty() || body == "0")
        violations.append(violation(Violation::EmptyBody, Severity::Error,
                                    tr("The response body is empty or \"0\"; the portal treats that as a "
                                       "failed call.")));
    return violations;
}

bool EndpointValidation::decodeArray(const QByteArray &body, QJsonArray *array,
                                     QList<EndpointViolation> *violations)
{
    if (body.startsWith("\xEF\xBB\xBF")) {
        violations->append(violation(Violation::NotJson, Severity::Error,
                                     tr("The body starts with a UTF-8 byte order mark, which the portal's "
                                        "JSON decoder rejects.")));
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && document.isArray()) {
        *array = document.array();
        return true;
    }
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        // PHP decodes an object to an associative array and the portal iterates its values.
        violations->append(violation(Violation::NotArray, Severity::Warning,
                                     tr("The body is a JSON object, not an array. The portal tolerates this "
                                        "and uses the object's values, but the protocol asks for an array.")));
        const QJsonObject object = document.object();
        QJsonArray values;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            values.append(it.value());
        *array = values;
        return true;
    }
    // Qt refuses top-level scalars; inside an array they decode, which tells "JSON" from "not JSON".
    QJsonParseError wrappedError;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &wrappedError);
    if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
        violations->append(violation(Violation::NotArray, Severity::Error,
                                     tr("The body is JSON but not an array: %1.")
                                         .arg(QString::fromUtf8(body.left(80)).trimmed())));
        return false;
    }
    violations->append(violation(Violation::NotJson, Severity::Error,
                                 tr("The body is not valid JSON (%1 at offset %2).")
                                     .arg(error.errorString())
                                     .arg(error.offset)));
    return false;
}

QList<EndpointViolation> EndpointValidation::validateCheck(const QByteArray &body, int httpStatus)
{
    QList<EndpointViolation> violations = checkStatusAndBody(body, httpStatus);
    if (!violations.isEmpty())
        return violations;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject() && reportsFailure(document.object()))
        violations.append(violation(Violation::CheckReportsFailure, Severity::Warning,
                                    tr("The body reports a failure, but with status 200 and a non-empty body "
                                       "the portal accepts the connection anyway. Answer a non-200 status to "
                                       "reject credentials.")));
    return violations;
}

EndpointValidation::Outcome<QList<EndpointTable>> EndpointValidation::validateTableList(const QByteArray &body,
                                                                                      int httpStatus)
{
    Outcome<QList<EndpointTable>> outcome;
    outcome.violations = checkStatusAndBody(body, httpStatus);
    QJsonArray items;
    if (!outcome.violations.isEmpty() || !decodeArray(body, &items, &outcome.violations))
        return outcome;

    QList<qsizetype> incomplete;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QJsonValue code = item.value("code"_L1);
        const QJsonValue title = item.value("title"_L1);
        if (!items.at(i).isObject() || isPhpEmpty(code) || isPhpEmpty(title)) {
            incomplete.append(i);
            continue;
        }
        const QJsonValue id = item.value("id"_L1);
        const bool hasId = !id.isNull() && !id.isUndefined();
        outcome.payload.append({EntityJson::toText(hasId ? id : code), EntityJson::toText(code),
                                EntityJson::toText(title)});
    }
    if (!incomplete.isEmpty())
        outcome.violations.append(violation(
            Violation::TableItemIncomplete, Severity::Error,
            tr("%n table item(s) lack a non-empty \"code\" or \"title\" (\"0\" counts as empty): %1.", nullptr,
               int(incomplete.size()))
                .arg(indexList(incomplete))));
    return outcome;
}

EndpointValidation::Outcome<QList<EndpointColumn>>
EndpointValidation::validateTableDescription(const QByteArray &body, int httpStatus)
{
    Outcome<QList<EndpointColumn>> outcome;
    outcome.violations = checkStatusAndBody(body, httpStatus);
    QJsonArray items;
    if (!outcome.violations.isEmpty() || !decodeArray(body, &items, &outcome.violations))
        return outcome;
    if (items.isEmpty()) {
        outcome.violations.append(violation(Violation::DescriptionEmpty, Severity::Error,
                                            tr("The table description is an empty array; the portal needs at "
                                               "least one column.")));
        return outcome;
    }

    QList<qsizetype> incomplete;
    QStringList unknownTypes;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const bool complete = items.at(i).isObject() && !isPhpEmpty(item.value("code"_L1))
                              && !isPhpEmpty(item.value("name"_L1)) && !isPhpEmpty(item.value("type"_L1));
        if (!complete) {
            incomplete.append(i);
            continue;
        }
        EndpointColumn column;
        column.code = EntityJson::toText(item.value("code"_L1));
        column.name = EntityJson::toText(item.value("name"_L1));
        column.originalType = EntityJson::toText(item.value("type"_L1));
        bool known = false;
        column.type = mapFieldType(column.originalType, &known);
        if (!known && !unknownTypes.contains(column.originalType))
            unknownTypes.append(column.originalType);
        outcome.payload.append(column);
    }
    if (!incomplete.isEmpty())
        outcome.violations.append(violation(
            Violation::DescriptionItemIncomplete, Severity::Error,
            tr("%n column(s) lack a non-empty \"code\", \"name\" or \"type\": %1.", nullptr, int(incomplete.size()))
                .arg(indexList(incomplete))));
    if (!unknownTypes.isEmpty())
        outcome.violations.append(violation(
            Violation::UnknownFieldType, Severity::Warning,
            tr("The portal does not know the column type(s) %1 and stores them as string. Known types: int, "
               "string, double, date, datetime, money, timezone.")
                .arg(quotedList(unknownTypes))));
    return outcome;
}

EndpointValidation::Outcome<EndpointData> EndpointValidation::validateData(const QByteArray &body, int httpStatus,
                                                                           const QStringList &expectedCodes)
{
    Outcome<EndpointData> outcome;
    outcome.violations = checkStatusAndBody(body, httpStatus);
    QJsonArray rows;
    if (!outcome.violations.isEmpty() || !decodeArray(body, &rows, &outcome.violations))
        return outcome;
    if (rows.isEmpty()) {
        outcome.violations.append(violation(Violation::HeaderRowMissing, Severity::Warning,
                                            tr("The data is an empty array without a header row; the portal "
                                               "learns no columns from it.")));
        return outcome;
    }

    QList<qsizetype> notArrays;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isArray())
            notArrays.append(i);
    }
    if (!notArrays.isEmpty())
        outcome.violations.append(violation(
            Violation::DataNotArrayOfArrays, Severity::Error,
            tr("%n row(s) of the data are not arrays: %1.", nullptr, int(notArrays.size())).arg(indexList(notArrays))));
    if (!rows.first().isArray()) {
        outcome.violations.append(violation(Violation::HeaderRowMissing, Severity::Error,
                                            tr("The first element must be the header row: an array of column "
                                               "codes.")));
        return outcome;
    }

    const QJsonArray header = rows.first().toArray();
    QList<qsizetype> badCells;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!header.at(i).isString() || header.at(i).toString().isEmpty())
            badCells.append(i);
        outcome.payload.header.append(EntityJson::toText(header.at(i)));
    }
    if (header.isEmpty())
        outcome.violations.append(violation(Violation::HeaderRowMissing, Severity::Error,
                                            tr("The header row is empty; it must hold the column codes.")));
    else if (!badCells.isEmpty())
        outcome.violations.append(violation(
            Violation::HeaderRowMissing, Severity::Error,
            tr("The first row must hold the column codes as non-empty strings; it looks like data instead "
               "(cells %1).")
                .arg(indexList(badCells))));

    QList<qsizetype> ragged;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (!rows.at(i).isArray())
            continue;
        const QJsonArray row = rows.at(i).toArray();
        if (row.size() != header.size())
            ragged.append(i);
        outcome.payload.rows.append(row);
    }
    if (!ragged.isEmpty())
        outcome.violations.append(violation(
            Violation::RaggedRows, Severity::Error,
            tr("%n row(s) differ in width from the header's %1 columns: %2.", nullptr, int(ragged.size()))
                .arg(header.size())
                .arg(indexList(ragged))));

    QStringList missing;
    for (const auto &code : expectedCodes) {
        if (!outcome.payload.header.contains(code))
            missing.append(code);
    }
    if (!missing.isEmpty())
        outcome.violations.append(violation(
            Violation::HeaderMissingExpectedCodes, Severity::Error,
            tr("The header row lacks the external code(s) %1; the portal looks values up by external code.")
                .arg(quotedList(missing))));
    return outcome;
}
