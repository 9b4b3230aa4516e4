#include "sandbox/php/phpvalue.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

PhpValue::PhpValue(const QString &text)
    : m_type(Type::String)
    , m_string(text)
{
}

PhpValue::PhpValue(const char16_t *text)
    : PhpValue(QString::fromUtf16(text))
{
}

PhpValue PhpValue::fromBool(bool value)
{
    PhpValue result;
    result.m_type = Type::Bool;
    result.m_bool = value;
    return result;
}

PhpValue PhpValue::fromInt(qint64 value)
{
    PhpValue result;
    result.m_type = Type::Int;
    result.m_int = value;
    return result;
}

PhpValue PhpValue::fromDouble(double value)
{
    PhpValue result;
    result.m_type = Type::Double;
    result.m_double = value;
    return result;
}

PhpValue PhpValue::array()
{
    PhpValue result;
    result.m_type = Type::Array;
    return result;
}

PhpValue PhpValue::emptyObject()
{
    PhpValue result = array();
    result.m_object = true;
    return result;
}

PhpValue PhpValue::map(std::initializer_list<std::pair<QString, PhpValue>> entries)
{
    PhpValue result = array();
    for (const auto &[key, value] : entries)
        result.insert(key, value);
    return result;
}

PhpValue PhpValue::list(const std::vector<PhpValue> &items)
{
    PhpValue result = array();
    for (const PhpValue &item : items)
        result.append(item);
    return result;
}

bool PhpValue::isNumericString(const QString &text)
{
    // PHP 8: optional leading whitespace, sign, digits with optional fraction, optional exponent,
    // optional trailing whitespace. No hex, no bare ".", no "1e".
    static const QRegularExpression numeric(
        u"^[ \\t\\n\\r\\v\\f]*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?[ \\t\\n\\r\\v\\f]*$"_s);
    return numeric.match(text).hasMatch();
}

bool PhpValue::toBool() const
{
    switch (m_type) {
    case Type::Null:
        return false;
    case Type::Bool:
        return m_bool;
    case Type::Int:
        return m_int != 0;
    case Type::Double:
        return m_double != 0.0;
    case Type::String:
        return !m_string.isEmpty() && m_string != u"0"_s;
    case Type::Array:
        return !m_entries.empty() || m_object;
    }
    return false;
}

qint64 PhpValue::toInt() const
{
    switch (m_type) {
    case Type::Null:
        return 0;
    case Type::Bool:
        return m_bool ? 1 : 0;
    case Type::Int:
        return m_int;
    case Type::Double:
        return std::isfinite(m_double) ? qint64(m_double) : 0;
    case Type::String: {
        // Leading numeric prefix, as (int)"12abc" == 12.
        static const QRegularExpression prefix(u"^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?"_s);
        const auto match = prefix.match(m_string);
        if (!match.hasMatch())
            return 0;
        const QString number = match.captured(0).trimmed();
        bool ok = false;
        const qint64 asInt = number.toLongLong(&ok);
        if (ok)
            return asInt;
        const double asDouble = number.toDouble(&ok);
        return ok && std::isfinite(asDouble) ? qint64(asDouble) : 0;
    }
    case Type::Array:
        return m_entries.empty() ? 0 : 1;
    }
    return 0;
}

double PhpValue::toDouble() const
{
    switch (m_type) {
    case Type::Double:
        return m_double;
    case Type::String: {
        bool ok = false;
        const double value = m_string.trimmed().toDouble(&ok);
        return ok ? value : double(toInt());
    }
    default:
        return double(toInt());
    }
}

QString PhpValue::toString() const
{
    switch (m_type) {
    case Type::Null:
        return {};
    case Type::Bool:
        return m_bool ? u"1"_s : QString();
    case Type::Int:
        return QString::number(m_int);
    case Type::Double:
        if (std::isfinite(m_double) && m_double == std::floor(m_double) && std::fabs(m_double) < 1e15)
            return QString::number(qint64(m_double));
        return QString::number(m_double, 'g', QLocale::FloatingPointShortest);
    case Type::String:
        return m_string;
    case Type::Array:
        return u"Array"_s;
    }
    return {};
}

bool PhpValue::isNumeric() const
{
    switch (m_type) {
    case Type::Int:
    case Type::Double:
        return true;
    case Type::String:
        return isNumericString(m_string);
    default:
        return false;
    }
}

bool PhpValue::isEmpty() const
{
    return !toBool();
}

qsizetype PhpValue::size() const
{
    return qsizetype(m_entries.size());
}

bool PhpValue::contains(const QString &key) const
{
    for (const Entry &entry : m_entries) {
        if (entry.key == key)
            return true;
    }
    return false;
}

const PhpValue &PhpValue::value(const QString &key) const
{
    static const PhpValue null;
    for (const Entry &entry : m_entries) {
        if (entry.key == key)
            return entry.value;
    }
    return null;
}

PhpValue *PhpValue::find(const QString &key)
{
    for (Entry &entry : m_entries) {
        if (entry.key == key)
            return &entry.value;
    }
    return nullptr;
}

void PhpValue::insert(const QString &key, const PhpValue &value)
{
    if (m_type != Type::Array) {
        *this = array();
    }
    if (PhpValue *existing = find(key)) {
        *existing = value;
        return;
    }
    m_entries.push_back(Entry{key, value});
}

void PhpValue::append(const PhpValue &value)
{
    qint64 next = 0;
    for (const Entry &entry : m_entries) {
        bool ok = false;
        const qint64 index = entry.key.toLongLong(&ok);
        if (ok && index >= next)
            next = index + 1;
    }
    insert(QString::number(next), value);
}

bool PhpValue::remove(const QString &key)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->key == key) {
            m_entries.erase(it);
            return true;
        }
    }
    return false;
}

QStringList PhpValue::keys() const
{
    QStringList result;
    result.reserve(qsizetype(m_entries.size()));
    for (const Entry &entry : m_entries)
        result.append(entry.key);
    return result;
}

const std::vector<PhpValue::Entry> &PhpValue::entries() const
{
    return m_entries;
}

bool PhpValue::isList() const
{
    if (m_type != Type::Array || m_object)
        return false;
    qint64 expected = 0;
    for (const Entry &entry : m_entries) {
        if (entry.key != QString::number(expected++))
            return false;
    }
    return true;
}

bool PhpValue::operator==(const PhpValue &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Int:
        return m_int == other.m_int;
    case Type::Double:
        return m_double == other.m_double;
    case Type::String:
        return m_string == other.m_string;
    case Type::Array:
        if (m_object != other.m_object || m_entries.size() != other.m_entries.size())
            return false;
        for (size_t i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].key != other.m_entries[i].key || m_entries[i].value != other.m_entries[i].value)
                return false;
        }
        return true;
    }
    return false;
}

} // namespace SandboxPortal
