#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

// A libFuzzer input read as a few leading control bytes (HTTP status, flags, ...) followed by the
// payload. Control bytes past the end read as 0, so every input is usable.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {
    }

    quint8 takeByte() { return m_pos < m_size ? m_data[m_pos++] : quint8(0); }
    quint16 takeUInt16()
    {
        const quint16 low = takeByte();
        return quint16(low | (takeByte() << 8));
    }
    // Everything after the control bytes taken so far.
    QByteArray rest() const
    {
        if (m_pos >= m_size)
            return {};
        return QByteArray(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(m_size - m_pos));
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};
