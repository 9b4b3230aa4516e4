#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

// The connector endpoint protocol (portal → connector, portal-behavior.md §6) as pure functions:
// given what an endpoint answered, which rules does it break and what would the portal read?
namespace EndpointProtocol {
Q_NAMESPACE

enum class Call { Check, TableList, TableDescription, Data };
Q_ENUM_NS(Call)

enum class Severity { Error, Warning };
Q_ENUM_NS(Severity)

// Each id names one rule; its enum key ("RaggedRows", ...) is stable and used in reports.
enum class Violation {
    TransportError,             // no HTTP answer: refused, DNS, TLS, reset, too many redirects
    Timeout,                    // no bytes for longer than the read timeout
    HttpStatusNot200,           // the portal accepts exactly 200
    EmptyBody,                  // "" or "0": PHP-falsy, the portal treats it as failure
    NotJson,                    // the body does not decode as JSON
    NotArray,                   // JSON, but not an array (an object is tolerated: warning)
    TableItemIncomplete,        // a table list item without non-empty code and title
    DescriptionEmpty,           // the description is an empty array
    DescriptionItemIncomplete,  // a column without non-empty code, name and type
    UnknownFieldType,           // a column type the portal maps to string (warning)
    DataNotArrayOfArrays,       // a data row that is not an array
    HeaderRowMissing,           // no header row, or a first row that is not column codes
    RaggedRows,                 // a data row whose width differs from the header's
    HeaderMissingExpectedCodes, // the header lacks external codes the request expects
    CheckReportsFailure,        // urlCheck says "error" with 200: the portal still accepts (warning)
};
Q_ENUM_NS(Violation)

} // namespace EndpointProtocol

struct EndpointViolation
{
    EndpointProtocol::Violation id = EndpointProtocol::Violation::TransportError;
    EndpointProtocol::Severity severity = EndpointProtocol::Severity::Error;
    QString message;  // translated sentence with the specifics (which items, rows, codes)

    QString name() const;  // the enum key, e.g. "RaggedRows"
    bool isError() const { return severity == EndpointProtocol::Severity::Error; }
};

// One table as urlTableList reports it. `id` is what the portal uses as item id: id ?? code.
struct EndpointTable
{
    QString id;
    QString code;
    QString title;
    friend bool operator==(const EndpointTable &, const EndpointTable &) = default;
};

// One column as urlTableDescription reports it; `type` is what the portal keeps (mapped),
// `originalType` what the endpoint sent.
struct EndpointColumn
{
    QString code;
    QString name;
    QString type;
    QString originalType;
    friend bool operator==(const EndpointColumn &, const EndpointColumn &) = default;
};

// urlData: the header row and the value rows.
struct EndpointData
{
    QStringList header;
    QList<QJsonArray> rows;
};

class EndpointValidation
{
    Q_DECLARE_TR_FUNCTIONS(EndpointValidation)
public:
    template<typename Payload>
    struct Outcome
    {
        Payload payload;
        QList<EndpointViolation> violations;
    };

    // urlCheck: only status and body emptiness count; the body is not parsed by the portal.
    static QList<EndpointViolation> validateCheck(const QByteArray &body, int httpStatus);
    static Outcome<QList<EndpointTable>> validateTableList(const QByteArray &body, int httpStatus);
    static Outcome<QList<EndpointColumn>> validateTableDescription(const QByteArray &body, int httpStatus);
    // `expectedCodes`: external codes the header row must contain (may be empty).
    static Outcome<EndpointData> validateData(const QByteArray &body, int httpStatus,
                                              const QStringList &expectedCodes = {});

    // The portal's type mapping: lowercase, then int|string|double|date|datetime|money|timezone,
    // anything else string.
    static QString mapFieldType(const QString &type, bool *known = nullptr);
    // PHP empty(): null, false, 0, "", "0", [] and {}.
    static bool isPhpEmpty(const QJsonValue &value);

private:
    static QList<EndpointViolation> checkStatusAndBody(const QByteArray &body, int httpStatus);
    static bool decodeArray(const QByteArray &body, QJsonArray *array, QList<EndpointViolation> *violations);
};
