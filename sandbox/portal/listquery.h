#pragma once

#include "sandbox/rest/apierrors.h"
#include "sandbox/php/phpvalue.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>
#include <variant>

namespace SandboxPortal {

// The *.list parameters after Base::validateParamsForList and prepareOrmParams.
struct ListRequest
{
    static constexpr int PageSize = 50; // Base::ORM_LIMIT

    PhpValue select; // values converted to UPPER_SNAKE; ["*"] when missing or empty
    PhpValue filter; // keys converted to UPPER_SNAKE, recursively; values untouched
    PhpValue order;  // keys converted to UPPER_SNAKE
    qint64 offset = 0;

    // select must be an array of allowed titles or "*", filter keys (prefix + title) and order keys
    // must be allowed titles; the first problem found is returned.
    static std::optional<ApiError> validate(const PhpValue &params, const QStringList &allowedTitles);
    static ListRequest prepare(const PhpValue &params);

    bool selectsEverything() const; // exactly ["*"]
    bool selectContains(const QString &upperName) const;
};

// One column that an ORM path ("TITLE", "SOURCE.TITLE", "CONNECTOR_ID") resolves to.
struct ListColumn
{
    enum class Kind { Integer, Text, Boolean, Date };
    QString sql;
    Kind kind = Kind::Text;
};

struct SqlFragment
{
    QString sql;
    QVariantList binds;
};

using ColumnResolver = std::function<std::optional<ListColumn>(const QString &path)>;

// ORM filter -> SQL (D7 rules: no prefix or "=" is equality/IN, "!" negates, "%" substring LIKE,
// "=%"/"%=" user-pattern LIKE, "@"/"!@" IN lists, "><" between, LOGIC=OR/AND, numeric keys nest groups).
std::variant<SqlFragment, FrameworkError> buildFilterSql(const PhpValue &filter, const ColumnResolver &resolve,
                                                         const QString &entityName);
// ORM order -> "ORDER BY" expression list; an invalid direction is 400 ERROR_ARGUMENT.
std::variant<QString, FrameworkError> buildOrderSql(const PhpValue &order, const ColumnResolver &resolve,
                                                    const QString &entityName);

} // namespace SandboxPortal
