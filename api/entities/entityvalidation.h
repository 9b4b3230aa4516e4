#pragma once

#include "api/entities/entities.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Outcome of a client-side check: the error code the server would answer for the same input
// (portal-behavior.md §3) and a translated sentence for the user. Valid when the code is empty.
struct ValidationResult
{
    QString code;
    QString message;

    bool isValid() const { return code.isEmpty(); }
};

// Client-side mirrors of the server's validation rules, so wizards can reject input before a
// round trip. Each check returns the first problem in the order the server checks.
class EntityValidation
{
    Q_DECLARE_TR_FUNCTIONS(EntityValidation)
public:
    static constexpr qsizetype MaxDatasetNameLength = 230;
    static constexpr qsizetype MaxFieldNameLength = 32;
    static constexpr qsizetype MaxSettingNameLength = 512;
    static constexpr qsizetype MaxSettingCodeLength = 512;
    static constexpr qsizetype MaxUrlLength = 2048;
    static constexpr qsizetype MaxTitleLength = 512;

    // The documented column types, or those plus money|timezone (accepted since 25.550 code).
    enum class FieldTypes { Documented, Extended };
    static QStringList fieldTypes(FieldTypes set = FieldTypes::Extended);

    // ^[a-z][a-z0-9_]*$, at most 230 characters.
    static ValidationResult datasetName(const QString &name);
    // ^[A-Z][A-Z0-9_]*$, at most 32 characters.
    static ValidationResult fieldName(const QString &name);
    // Exact lowercase type names.
    static ValidationResult fieldType(const QString &type, FieldTypes set = FieldTypes::Extended);
    // A column list for dataset.add (or the `add` of fields.update): duplicate names, emptiness,
    // duplicate external codes, then each column's required keys, name and type.
    static ValidationResult datasetFields(const QList<DatasetField> &fields,
                                          FieldTypes set = FieldTypes::Extended);
    // name, code and type present; name/code at most 512 characters; type STRING or INT.
    static ValidationResult connectorSetting(const ConnectorSetting &setting);
    static ValidationResult connectorSettings(const QList<ConnectorSetting> &settings);
    // A connector endpoint URL: required, at most 2048 characters (no syntax check, as on the
    // server). `field` is the field title used in the message, e.g. "urlCheck".
    static ValidationResult connectorUrl(const QString &url, const QString &field = QStringLiteral("urlCheck"));
    // A required title of at most `maxLength` characters.
    static ValidationResult title(const QString &title, qsizetype maxLength = MaxTitleLength);
    // Everything connector.add checks: settings, then title, logo and the four URLs.
    static ValidationResult connector(const Connector &connector);
    // Everything dataset.add checks without the server: name format, columns, name length.
    static ValidationResult dataset(const Dataset &dataset, FieldTypes set = FieldTypes::Extended);

private:
    static ValidationResult failure(const char *code, const QString &message);
    static ValidationResult required(const QString &field);
    static ValidationResult tooLong(const QString &field, qsizetype maxLength);
};
