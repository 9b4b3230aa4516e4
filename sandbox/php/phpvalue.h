#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace SandboxPortal {

// A value as the PHP portal sees it after decoding a request: null, bool, int, float, string or an
// ordered array (PHP arrays keep insertion order; keys are kept as strings here). The sandbox uses it
// for request parameters and for responses, so key order and PHP's loose/strict type rules survive.
class PhpValue
{
public:
    enum class Type { Null, Bool, Int, Double, String, Array };
    struct Entry;

    PhpValue() = default;
    PhpValue(const QString &text); // NOLINT(google-explicit-constructor): strings are the common case
    PhpValue(const char16_t *text);
    static PhpValue fromBool(bool value);
    static PhpValue fromInt(qint64 value);
    static PhpValue fromDouble(double value);
    static PhpValue array();
    // An empty PHP object: json_encode writes it as {} (a DateTime object left unformatted).
    static PhpValue emptyObject();
    // Builds an array from ordered key/value pairs.
    static PhpValue map(std::initializer_list<std::pair<QString, PhpValue>> entries);
    static PhpValue list(const std::vector<PhpValue> &items);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isInt() const { return m_type == Type::Int; }
    bool isDouble() const { return m_type == Type::Double; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Array && m_object; }

    // PHP casts.
    bool toBool() const;      // (bool)
    qint64 toInt() const;     // (int)
    double toDouble() const;  // (float)
    QString toString() const; // (string): true -> "1", false/null -> "", 5.0 -> "5"
    // PHP predicates.
    bool isNumeric() const;   // is_numeric()
    bool isEmpty() const;     // empty()
    bool isSet() const { return m_type != Type::Null; }

    // Array access (all no-ops / defaults on non-arrays).
    qsizetype size() const;
    bool contains(const QString &key) const;
    const PhpValue &value(const QString &key) const; // a shared null when missing
    PhpValue *find(const QString &key);
    void insert(const QString &key, const PhpValue &value); // replaces in place or appends
    void append(const PhpValue &value);                     // next integer key, as $a[] = v
    bool remove(const QString &key);
    QStringList keys() const;
    const std::vector<Entry> &entries() const;
    bool isList() const; // keys are exactly "0".."n-1" (json_encode writes a JSON array)

    bool operator==(const PhpValue &other) const;
    bool operator!=(const PhpValue &other) const { return !(*this == other); }

    // PHP is_numeric() on a string.
    static bool isNumericString(const QString &text);

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    bool m_object = false;
    qint64 m_int = 0;
    double m_double = 0;
    QString m_string;
    std::vector<Entry> m_entries;
};

struct PhpValue::Entry
{
    QString key;
    PhpValue value;
};

} // namespace SandboxPortal
