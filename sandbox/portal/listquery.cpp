#include "sandbox/portal/listquery.h"

#include "sandbox/portal/entityschema.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

const QString FilterPrefixChars = u"<>=!@%"_s;

QString trimPrefix(const QString &key)
{
    qsizetype i = 0;
    while (i < key.size() && FilterPrefixChars.contains(key.at(i)))
        ++i;
    return key.mid(i);
}

std::optional<ApiError> validateFilter(const PhpValue &filter, const QStringList &allowed)
{
    for (const PhpValue::Entry &entry : filter.entries()) {
        if (entry.key == u"logic"_s) {
            const QString logic = entry.value.toString().toUpper();
            if (logic != u"AND"_s && logic != u"OR"_s)
                return ApiErrors::invalidFilterLogic();
            continue;
        }
        if (entry.value.isArray()) {
            if (auto error = validateFilter(entry.value, allowed))
                return error;
            continue;
        }
        const QString field = trimPrefix(entry.key);
        if (!(entry.value.isNumeric() && PhpValue::isNumericString(field)) && !allowed.contains(field))
            return ApiErrors::notAllowedInFilter(field);
    }
    return std::nullopt;
}

PhpValue convertValues(const PhpValue &value)
{
    if (value.isArray()) {
        PhpValue result = PhpValue::array();
        for (const PhpValue::Entry &entry : value.entries())
            result.insert(entry.key, convertValues(entry.value));
        return result;
    }
    if (value.isString())
        return PhpValue(camelToUpperSnake(value.toString()));
    return value;
}

bool isIntegerKey(const QString &key)
{
    static const QRegularExpression digits(u"^(0|[1-9][0-9]*)$"_s);
    return digits.match(key).hasMatch();
}

QVariant normalizeDate(const QString &text)
{
    static const QList<QString> formats{u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-ddTHH:mm:ss"_s, u"dd.MM.yyyy HH:mm:ss"_s,
                                        u"yyyy-MM-dd"_s, u"dd.MM.yyyy"_s};
    QString candidate = text.trimmed();
    static const QRegularExpression zone(u"(Z|[+-]\\d\\d:?\\d\\d)$"_s);
    if (candidate.contains(u'T'))
        candidate.remove(zone);
    for (const QString &format : formats) {
        const QDateTime parsed = QDateTime::fromString(candidate, format);
        if (parsed.isValid())
            return parsed.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    }
    return text;
}

QVariant bindValue(const PhpValue &value, ListColumn::Kind kind)
{
    switch (kind) {
    case ListColumn::Kind::Boolean: {
        if (value.isBool())
            return value.toBool() ? 1 : 0;
        const QString text = value.toString();
        if (text == u"Y"_s || text == u"1"_s)
            return 1;
        if (text == u"N"_s || text == u"0"_s || text.isEmpty())
            return 0;
        return -1;
    }
    case ListColumn::Kind::Integer:
        if (value.isNumeric())
            return value.toDouble() == double(value.toInt()) ? QVariant(value.toInt()) : QVariant(value.toDouble());
        return value.toString();
    case ListColumn::Kind::Date:
        return normalizeDate(value.toString());
    case ListColumn::Kind::Text:
        return value.toString();
    }
    return value.toString();
}

QString comparable(const ListColumn &column)
{
    return column.kind == ListColumn::Kind::Text ? column.sql + u" COLLATE NOCASE"_s : column.sql;
}

FrameworkError unknownField(const QString &path, const QString &entityName)
{
    const QString element = path.section(u'.', -1);
    return FrameworkErrors::ormSystem(u"Unknown field definition `%1` (%2) for %3 Entity."_s.arg(element, path, entityName));
}

std::variant<SqlFragment, FrameworkError> buildCondition(const QString &op, const ListColumn &column,
                                                         const PhpValue &value)
{
    SqlFragment fragment;
    const QString expr = comparable(column);
    auto inList = [&](bool negate) {
        QStringList marks;
        if (value.isArray()) {
            for (const PhpValue::Entry &item : value.entries()) {
                marks.append(u"?"_s);
                fragment.binds.append(bindValue(item.value, column.kind));
            }
        } else {
            marks.append(u"?"_s);
            fragment.binds.append(bindValue(value, column.kind));
        }
        if (marks.isEmpty())
            fragment.sql = negate ? u"1=1"_s : u"0=1"_s;
        else
            fragment.sql = expr + (negate ? u" NOT IN ("_s : u" IN ("_s) + marks.join(u',') + u')';
    };
    auto compare = [&](const QString &sqlOperator) {
        fragment.sql = expr + u' ' + sqlOperator + u" ?"_s;
        fragment.binds.append(bindValue(value, column.kind));
    };
    auto like = [&](bool negate, bool substring) {
        const QString pattern = substring ? u'%' + value.toString() + u'%' : value.toString();
        fragment.sql = column.sql + (negate ? u" NOT LIKE ?"_s : u" LIKE ?"_s);
        fragment.binds.append(pattern);
    };

    if (op.isEmpty() || op == u"="_s || op == u"!"_s || op == u"!="_s) {
        const bool negate = op.startsWith(u'!');
        if (value.isNull())
            fragment.sql = column.sql + (negate ? u" IS NOT NULL"_s : u" IS NULL"_s);
        else if (value.isString() && value.toString().isEmpty() && column.kind == ListColumn::Kind::Text)
            // Bitrix ORM: an empty value means "empty" (NULL or ''), "!" + empty means "not empty".
            fragment.sql = negate ? u"("_s + column.sql + u" IS NOT NULL AND "_s + column.sql + u" <> '')"_s
                                  : u"("_s + column.sql + u" IS NULL OR "_s + column.sql + u" = '')"_s;
        else if (value.isArray())
            inList(negate);
        else
            compare(negate ? u"<>"_s : u"="_s);
    } else if (op == u"<"_s || op == u"<="_s || op == u">"_s || op == u">="_s) {
        compare(op);
    } else if (op == u"><"_s || op == u"!><"_s) {
        const PhpValue low = value.isArray() && value.size() > 0 ? value.entries().at(0).value : value;
        const PhpValue high = value.isArray() && value.size() > 1 ? value.entries().at(1).value : low;
        fragment.sql = expr + (op.startsWith(u'!') ? u" NOT BETWEEN ? AND ?"_s : u" BETWEEN ? AND ?"_s);
        fragment.binds << bindValue(low, column.kind) << bindValue(high, column.kind);
    } else if (op == u"@"_s || op == u"!@"_s) {
        inList(op.startsWith(u'!'));
    } else if (op == u"%"_s || op == u"!%"_s) {
        like(op.startsWith(u'!'), true);
    } else if (op == u"=%"_s || op == u"%="_s || op == u"!=%"_s || op == u"!%="_s) {
        like(op.startsWith(u'!'), false);
    } else {
        return FrameworkErrors::ormSystem(u"Unknown operation `%1`."_s.arg(op));
    }
    return fragment;
}

} // namespace

std::optional<ApiError> ListRequest::validate(const PhpValue &params, const QStringList &allowedTitles)
{
    const PhpValue &select = params.value(u"select"_s);
    if (select.isSet()) {
        if (!select.isArray())
            return ApiErrors::selectType();
        for (const PhpValue::Entry &entry : select.entries()) {
            const bool allowed = entry.value.isString()
                && (entry.value.toString() == u"*"_s || allowedTitles.contains(entry.value.toString()));
            if (!allowed)
                return ApiErrors::notAllowedInSelect(entry.value.toString());
        }
    }
    const PhpValue &filter = params.value(u"filter"_s);
    if (filter.isSet()) {
        if (!filter.isArray())
            return ApiErrors::filterType();
        if (auto error = validateFilter(filter, allowedTitles))
            return error;
    }
    const PhpValue &order = params.value(u"order"_s);
    if (order.isSet()) {
        if (!order.isArray())
            return ApiErrors::orderType();
        for (const QString &key : order.keys()) {
            if (!allowedTitles.contains(key))
                return ApiErrors::notAllowedInOrder(key);
        }
    }
    return std::nullopt;
}

ListRequest ListRequest::prepare(const PhpValue &params)
{
    ListRequest request;
    const PhpValue &select = params.value(u"select"_s);
    request.select = !select.isSet() || (select.isArray() && select.size() == 0) ? PhpValue::list({PhpValue(u"*"_s)})
                                                                                 : convertValues(select);
    request.filter = upperSnakeKeys(params.value(u"filter"_s).isSet() ? params.value(u"filter"_s) : PhpValue::array());
    request.order = upperSnakeKeys(params.value(u"order"_s).isSet() ? params.value(u"order"_s) : PhpValue::array());
    const PhpValue &page = params.value(u"page"_s);
    request.offset = !page.isNumeric() || page.toInt() <= 1 ? 0 : (page.toInt() - 1) * PageSize;
    return request;
}

bool ListRequest::selectsEverything() const
{
    return select.size() == 1 && select.entries().front().value.toString() == u"*"_s;
}

bool ListRequest::selectContains(const QString &upperName) const
{
    for (const PhpValue::Entry &entry : select.entries()) {
        if (entry.value.isString() && entry.value.toString() == upperName)
            return true;
    }
    return false;
}

std::variant<SqlFragment, FrameworkError> buildFilterSql(const PhpValue &filter, const ColumnResolver &resolve,
                                                         const QString &entityName)
{
    static const QRegularExpression keyPattern(u"^([<>=!@%]*)(.*)$"_s);
    QString logic = u" AND "_s;
    QStringList conditions;
    QVariantList binds;
    for (const PhpValue::Entry &entry : filter.entries()) {
        if (entry.key == u"LOGIC"_s) {
            logic = entry.value.toString().toUpper() == u"OR"_s ? u" OR "_s : u" AND "_s;
            continue;
        }
        if (isIntegerKey(entry.key)) {
            if (!entry.value.isArray())
                continue;
            auto nested = buildFilterSql(entry.value, resolve, entityName);
            if (auto *error = std::get_if<FrameworkError>(&nested))
                return *error;
            const auto &fragment = std::get<SqlFragment>(nested);
            conditions.append(u'(' + fragment.sql + u')');
            binds += fragment.binds;
            continue;
        }
        const auto match = keyPattern.match(entry.key);
        const QString op = match.captured(1);
        const QString path = match.captured(2);
        const auto column = resolve(path);
        if (!column)
            return unknownField(path, entityName);
        auto condition = buildCondition(op, *column, entry.value);
        if (auto *error = std::get_if<FrameworkError>(&condition))
            return *error;
        const auto &fragment = std::get<SqlFragment>(condition);
        conditions.append(fragment.sql);
        binds += fragment.binds;
    }
    if (conditions.isEmpty())
        return SqlFragment{u"1=1"_s, {}};
    return SqlFragment{conditions.join(logic), binds};
}

std::variant<QString, FrameworkError> buildOrderSql(const PhpValue &order, const ColumnResolver &resolve,
                                                    const QString &entityName)
{
    QStringList terms;
    for (const PhpValue::Entry &entry : order.entries()) {
        const QString direction = entry.value.toString().toUpper();
        if (direction != u"ASC"_s && direction != u"DESC"_s)
            return FrameworkErrors::invalidOrder(direction);
        const auto column = resolve(entry.key);
        if (!column)
            return unknownField(entry.key, entityName);
        terms.append(comparable(*column) + u' ' + direction);
    }
    return terms.join(u", "_s);
}

} // namespace SandboxPortal
