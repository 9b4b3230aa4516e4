#include "sandbox/sampleconnector/connectorfilter.h"

#include "sandbox/sampleconnector/connectorparams.h"

#include <QDateTime>

#include <array>

using namespace Qt::StringLiterals;

namespace {

enum class OperatorKind { Compare, Like, Between };

struct FilterOperator
{
    QLatin1StringView prefix;
    QLatin1StringView sql; // comparison operator for Compare
    OperatorKind kind;
    bool negated;
};

// Longest prefixes first, so ">=" is not read as ">" followed by a column "=x".
constexpr std::array Operators{
    FilterOperator{"!><"_L1, ""_L1, OperatorKind::Between, true},
    FilterOperator{"><"_L1, ""_L1, OperatorKind::Between, false},
    FilterOperator{"!%"_L1, ""_L1, OperatorKind::Like, true},
    FilterOperator{"!="_L1, "="_L1, OperatorKind::Compare, true},
    FilterOperator{">="_L1, ">="_L1, OperatorKind::Compare, false},
    FilterOperator{"<="_L1, "<="_L1, OperatorKind::Compare, false},
    FilterOperator{"%"_L1, ""_L1, OperatorKind::Like, false},
    FilterOperator{"="_L1, "="_L1, OperatorKind::Compare, false},
    FilterOperator{">"_L1, ">"_L1, OperatorKind::Compare, false},
    FilterOperator{"<"_L1, "<"_L1, OperatorKind::Compare, false},
    FilterOperator{"!"_L1, "="_L1, OperatorKind::Compare, true},
    FilterOperator{""_L1, "="_L1, OperatorKind::Compare, false},
};

const FilterOperator &operatorOf(const QString &key)
{
    for (const FilterOperator &candidate : Operators) {
        if (key.startsWith(candidate.prefix))
            return candidate;
    }
    return Operators.back();
}

bool isGroupKey(const QString &key)
{
    bool ok = false;
    return key.toInt(&ok) >= 0 && ok;
}

std::optional<QDateTime> parseDateTime(const QString &text)
{
    static const QStringList dateTimeFormats{u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-ddTHH:mm:ss"_s,
                                             u"yyyy-MM-dd HH:mm"_s,    u"dd.MM.yyyy HH:mm:ss"_s,
                                             u"dd.MM.yyyy HH:mm"_s,    u"MM/dd/yyyy hh:mm:ss ap"_s,
                                             u"MM/dd/yyyy HH:mm:ss"_s};
    static const QStringList dateFormats{u"yyyy-MM-dd"_s, u"dd.MM.yyyy"_s, u"MM/dd/yyyy"_s};
    for (const QString &format : dateTimeFormats) {
        const QDateTime parsed = QDateTime::fromString(text, format);
        if (parsed.isValid())
            return parsed;
    }
    for (const QString &format : dateFormats) {
        const QDate parsed = QDate::fromString(text, format);
        if (parsed.isValid())
            return QDateTime(parsed, QTime(0, 0));
    }
    return std::nullopt;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

class FilterBuilder
{
public:
    explicit FilterBuilder(const ConnectorFilter::ColumnResolver &resolve)
        : m_resolve(resolve)
    {
    }

    bool group(const QJsonValue &entries, QString *sql);
    QVariantList takeValues() { return std::move(m_values); }
    QString error() const { return m_error; }

private:
    bool condition(const QString &key, const QJsonValue &value, QString *sql);
    bool scalar(const ConnectorColumn &column, const QJsonValue &value, QVariant *result);
    bool list(const ConnectorColumn &column, const QJsonValue &value, QVariantList *result);
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    const ConnectorFilter::ColumnResolver &m_resolve;
    QVariantList m_values;
    QString m_error;
};

bool FilterBuilder::group(const QJsonValue &entries, QString *sql)
{
    QString logic = u"AND"_s;
    QStringList parts;
    for (const auto &[key, value] : ConnectorParams::entries(entries)) {
        if (key.compare("LOGIC"_L1, Qt::CaseInsensitive) == 0) {
            logic = ConnectorParams::text(value).toUpper();
            if (logic != u"AND"_s && logic != u"OR"_s)
                return fail(u"filter LOGIC must be AND or OR"_s);
            continue;
        }
        QString part;
        const bool nested = isGroupKey(key) && (value.isObject() || value.isArray());
        if (nested ? !group(value, &part) : !condition(key, value, &part))
            return false;
        if (!part.isEmpty())
            parts.append(nested ? u'(' + part + u')' : part);
    }
    *sql = parts.join(u' ' + logic + u' ');
    return true;
}

bool FilterBuilder::condition(const QString &key, const QJsonValue &value, QString *sql)
{
    const FilterOperator &op = operatorOf(key);
    const QString name = key.mid(op.prefix.size());
    const std::optional<ConnectorColumn> column = m_resolve(name);
    if (!column)
        return fail(u"unknown filter field %1"_s.arg(name));
    const QString quoted = u'"' + column->code + u'"';
    const bool isList = value.isArray() || value.isObject();

    QString positive;
    if (op.kind == OperatorKind::Between) {
        QVariantList bounds;
        if (!list(*column, value, &bounds) || bounds.size() != 2)
            return fail(u"filter %1 needs [from, to]"_s.arg(key));
        m_values.append(bounds);
        positive = quoted + u" BETWEEN ? AND ?"_s;
    } else if (op.kind == OperatorKind::Like) {
        const QStringList texts = ConnectorParams::textList(value);
        if (texts.isEmpty())
            return fail(u"filter %1 has no value"_s.arg(key));
        QStringList likes;
        for (const QString &text : texts) {
            m_values.append(likePattern(text));
            likes.append(quoted + u" LIKE ? ESCAPE '\\'"_s);
        }
        positive = likes.size() == 1 ? likes.constFirst() : u'(' + likes.join(u" OR "_s) + u')';
    } else if (isList) {
        QVariantList items;
        if (op.sql != "="_L1 || !list(*column, value, &items) || items.isEmpty())
            return fail(u"filter %1 does not take a list"_s.arg(key));
        m_values.append(items);
        positive = quoted + u" IN ("_s + QStringList(items.size(), u"?"_s).join(u", "_s) + u')';
    } else if (ConnectorParams::text(value).isEmpty() && op.sql == "="_L1) {
        // An empty value means "is empty" (or "is not empty" when negated), as in CSQLWhere.
        *sql = op.negated ? u'(' + quoted + u" IS NOT NULL AND "_s + quoted + u" <> '')"_s
                          : u'(' + quoted + u" IS NULL OR "_s + quoted + u" = '')"_s;
        return true;
    } else {
        QVariant bound;
        if (!scalar(*column, value, &bound))
            return false;
        m_values.append(bound);
        positive = quoted + u' ' + op.sql + u" ?"_s;
    }
    // CSQLWhere semantics: a negated condition also matches NULL.
    *sql = op.negated ? u'(' + quoted + u" IS NULL OR NOT "_s + positive + u')' : positive;
    return true;
}

bool FilterBuilder::scalar(const ConnectorColumn &column, const QJsonValue &value, QVariant *result)
{
    const QString text = ConnectorParams::text(value);
    bool ok = !text.isEmpty();
    if (column.type == u"int"_s) {
        *result = text.toLongLong(&ok);
    } else if (column.type == u"double"_s) {
        *result = text.toDouble(&ok);
    } else if (column.type == u"date"_s || column.type == u"datetime"_s) {
        const std::optional<QDateTime> parsed = parseDateTime(text);
        ok = parsed.has_value();
        if (ok)
            *result = parsed->toString(column.type == u"date"_s ? u"yyyy-MM-dd"_s : u"yyyy-MM-dd HH:mm:ss"_s);
    } else {
        *result = text;
        ok = true;
    }
    return ok || fail(u"invalid %1 value \"%2\" for filter field %3"_s.arg(column.type, text, column.name));
}

bool FilterBuilder::list(const ConnectorColumn &column, const QJsonValue &value, QVariantList *result)
{
    for (const auto &[key, item] : ConnectorParams::entries(value)) {
        QVariant bound;
        if (!scalar(column, item, &bound))
            return false;
        result->append(bound);
    }
    return true;
}

} // namespace

bool ConnectorFilter::build(const QJsonValue &filter, const ColumnResolver &resolve, SqlCondition *condition,
                            QString *error)
{
    FilterBuilder builder(resolve);
    if (!builder.group(filter, &condition->sql)) {
        *error = builder.error();
        return false;
    }
    condition->values = builder.takeValues();
    return true;
}
