#include "sandbox/php/phpjson.h"

#include <QLocale>

#include <cctype>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

void encodeString(const QString &text, QByteArray &out)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += QByteArray::number(byte, 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void encodeDouble(double value, QByteArray &out)
{
    if (!std::isfinite(value)) {
        out += '0';
        return;
    }
    // PHP (serialize_precision = -1): the shortest round-trip digits, exponent form for very large
    // or very small magnitudes, and ".0" on whole numbers.
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e15 || (magnitude < 1e-4 && magnitude > 0)) {
        out += QByteArray::number(value, 'e', QLocale::FloatingPointShortest);
        return;
    }
    QByteArray text = QByteArray::number(value, 'f', QLocale::FloatingPointShortest);
    if (!text.contains('.'))
        text += ".0";
    out += text;
}

void encodeValue(const PhpValue &value, QByteArray &out)
{
    switch (value.type()) {
    case PhpValue::Type::Null:
        out += "null";
        return;
    case PhpValue::Type::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case PhpValue::Type::Int:
        out += QByteArray::number(value.toInt());
        return;
    case PhpValue::Type::Double:
        encodeDouble(value.toDouble(), out);
        return;
    case PhpValue::Type::String:
        encodeString(value.toString(), out);
        return;
    case PhpValue::Type::Array:
        break;
    }
    if (value.isList()) {
        out += '[';
        bool first = true;
        for (const PhpValue::Entry &entry : value.entries()) {
            if (!first)
                out += ',';
            first = false;
            encodeValue(entry.value, out);
        }
        out += ']';
        return;
    }
    out += '{';
    bool first = true;
    for (const PhpValue::Entry &entry : value.entries()) {
        if (!first)
            out += ',';
        first = false;
        encodeString(entry.key, out);
        out += ':';
        encodeValue(entry.value, out);
    }
    out += '}';
}

// Recursive-descent parser over UTF-8 bytes.
class Parser
{
public:
    explicit Parser(const QByteArray &text)
        : m_text(text)
    {
    }

    std::optional<PhpValue> parseDocument()
    {
        skipWhitespace();
        auto value = parseValue(0);
        if (!value)
            return std::nullopt;
        skipWhitespace();
        if (m_pos != m_text.size())
            return std::nullopt;
        return value;
    }

private:
    static constexpr int MaxDepth = 512;

    void skipWhitespace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool consume(const char *literal)
    {
        const qsizetype length = qsizetype(qstrlen(literal));
        if (m_text.mid(m_pos, length) != QByteArray(literal, length))
            return false;
        m_pos += length;
        return true;
    }

    std::optional<PhpValue> parseValue(int depth)
    {
        if (depth > MaxDepth || m_pos >= m_text.size())
            return std::nullopt;
        const char c = m_text.at(m_pos);
        if (c == '{')
            return parseObject(depth + 1);
        if (c == '[')
            return parseArray(depth + 1);
        if (c == '"') {
            auto text = parseString();
            if (!text)
                return std::nullopt;
            return PhpValue(*text);
        }
        if (consume("true"))
            return PhpValue::fromBool(true);
        if (consume("false"))
            return PhpValue::fromBool(false);
        if (consume("null"))
            return PhpValue();
        return parseNumber();
    }

    std::optional<PhpValue> parseObject(int depth)
    {
        ++m_pos; // {
        PhpValue result = PhpValue::array();
        skipWhitespace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == '}') {
            ++m_pos;
            return result;
        }
        while (true) {
            skipWhitespace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != '"')
                return std::nullopt;
            auto key = parseString();
            if (!key)
                return std::nullopt;
            skipWhitespace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != ':')
                return std::nullopt;
            ++m_pos;
            skipWhitespace();
            auto value = parseValue(depth);
            if (!value)
                return std::nullopt;
            result.insert(*key, *value);
            skipWhitespace();
            if (m_pos >= m_text.size())
                return std::nullopt;
            const char next = m_text.at(m_pos++);
            if (next == '}')
                return result;
            if (next != ',')
                return std::nullopt;
        }
    }

    std::optional<PhpValue> parseArray(int depth)
    {
        ++m_pos; // [
        PhpValue result = PhpValue::array();
        skipWhitespace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == ']') {
            ++m_pos;
            return result;
        }
        while (true) {
            skipWhitespace();
            auto value = parseValue(depth);
            if (!value)
                return std::nullopt;
            result.append(*value);
            skipWhitespace();
            if (m_pos >= m_text.size())
                return std::nullopt;
            const char next = m_text.at(m_pos++);
            if (next == ']')
                return result;
            if (next != ',')
                return std::nullopt;
        }
    }

    std::optional<uint> parseHex4()
    {
        if (m_pos + 4 > m_text.size())
            return std::nullopt;
        bool ok = false;
        const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        m_pos += 4;
        return code;
    }

    std::optional<QString> parseString()
    {
        ++m_pos; // opening quote
        QByteArray bytes;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos++);
            if (c == '"') {
                const QString text = QString::fromUtf8(bytes);
                if (text.toUtf8() != bytes) // malformed UTF-8 is an error in PHP
                    return std::nullopt;
                return text;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return std::nullopt;
            if (c != '\\') {
                bytes += c;
                continue;
            }
            if (m_pos >= m_text.size())
                return std::nullopt;
            const char escape = m_text.at(m_pos++);
            switch (escape) {
            case '"':
                bytes += '"';
                break;
            case '\\':
                bytes += '\\';
                break;
            case '/':
                bytes += '/';
                break;
            case 'b':
                bytes += '\b';
                break;
            case 'f':
                bytes += '\f';
                break;
            case 'n':
                bytes += '\n';
                break;
            case 'r':
                bytes += '\r';
                break;
            case 't':
                bytes += '\t';
                break;
            case 'u': {
                auto code = parseHex4();
                if (!code)
                    return std::nullopt;
                char32_t codePoint = *code;
                if (codePoint >= 0xD800 && codePoint <= 0xDBFF) {
                    if (!consume("\\u"))
                        return std::nullopt;
                    auto low = parseHex4();
                    if (!low || *low < 0xDC00 || *low > 0xDFFF)
                        return std::nullopt;
                    codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (*low - 0xDC00);
                } else if (codePoint >= 0xDC00 && codePoint <= 0xDFFF) {
                    return std::nullopt;
                }
                bytes += QString::fromUcs4(&codePoint, 1).toUtf8();
                break;
            }
            default:
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

    std::optional<PhpValue> parseNumber()
    {
        const qsizetype start = m_pos;
        bool isInteger = true;
        if (m_pos < m_text.size() && m_text.at(m_pos) == '-')
            ++m_pos;
        if (m_pos >= m_text.size())
            return std::nullopt;
        if (m_text.at(m_pos) == '0') {
            ++m_pos;
        } else if (m_text.at(m_pos) >= '1' && m_text.at(m_pos) <= '9') {
            while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text.at(m_pos))))
                ++m_pos;
        } else {
            return std::nullopt;
        }
        if (m_pos < m_text.size() && m_text.at(m_pos) == '.') {
            isInteger = false;
            ++m_pos;
            if (m_pos >= m_text.size() || !std::isdigit(static_cast<unsigned char>(m_text.at(m_pos))))
                return std::nullopt;
            while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text.at(m_pos))))
                ++m_pos;
        }
        if (m_pos < m_text.size() && (m_text.at(m_pos) == 'e' || m_text.at(m_pos) == 'E')) {
            isInteger = false;
            ++m_pos;
            if (m_pos < m_text.size() && (m_text.at(m_pos) == '+' || m_text.at(m_pos) == '-'))
                ++m_pos;
            if (m_pos >= m_text.size() || !std::isdigit(static_cast<unsigned char>(m_text.at(m_pos))))
                return std::nullopt;
            while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text.at(m_pos))))
                ++m_pos;
        }
        const QByteArray number = m_text.mid(start, m_pos - start);
        bool ok = false;
        if (isInteger) {
            const qint64 value = number.toLongLong(&ok);
            if (ok)
                return PhpValue::fromInt(value);
        }
        const double value = number.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        return PhpValue::fromDouble(value);
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

} // namespace

namespace PhpJson {

QByteArray encode(const PhpValue &value)
{
    QByteArray out;
    encodeValue(value, out);
    return out;
}

std::optional<PhpValue> decode(const QByteArray &text)
{
    return Parser(text).parseDocument();
}

} // namespace PhpJson

} // namespace SandboxPortal
