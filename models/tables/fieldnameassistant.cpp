#include "models/tables/fieldnameassistant.h"

#include "api/entities/entityvalidation.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// Lowercase Cyrillic → Latin (a practical BGN/PCGN-like table, as used for Bitrix24 codes).
const QHash<QChar, QString> &cyrillic()
{
    static const QHash<QChar, QString> table = [] {
        const QString letters = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґў"_s;
        const QStringList latin{u"a"_s,  u"b"_s,  u"v"_s, u"g"_s,    u"d"_s, u"e"_s, u"e"_s,  u"zh"_s,
                                u"z"_s,  u"i"_s,  u"y"_s, u"k"_s,    u"l"_s, u"m"_s, u"n"_s,  u"o"_s,
                                u"p"_s,  u"r"_s,  u"s"_s, u"t"_s,    u"u"_s, u"f"_s, u"kh"_s, u"ts"_s,
                                u"ch"_s, u"sh"_s, u"shch"_s, u""_s,  u"y"_s, u""_s,  u"e"_s,  u"yu"_s,
                                u"ya"_s, u"ye"_s, u"i"_s, u"yi"_s,   u"g"_s, u"u"_s};
        Q_ASSERT(letters.size() == latin.size());
        QHash<QChar, QString> map;
        for (qsizetype i = 0; i < letters.size(); ++i)
            map.insert(letters.at(i), latin.at(i));
        return map;
    }();
    return table;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

QString FieldNameAssistant::transliterate(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QChar lower = c.toLower();
        if (const auto it = cyrillic().constFind(lower); it != cyrillic().constEnd()) {
            // Keep the case of the first letter (Щ → Shch); the callers re-case anyway.
            QString piece = *it;
            if (c.isUpper() && !piece.isEmpty())
                piece[0] = piece.at(0).toUpper();
            out += piece;
        } else if (c == u'ß') {
            out += u"ss"_s;
        } else {
            // Decompose (é → e + ◌́) and drop the combining marks.
            for (const QChar part : QString(c).normalized(QString::NormalizationForm_KD)) {
                if (part.category() != QChar::Mark_NonSpacing && part.category() != QChar::Mark_Enclosing)
                    out += part;
            }
        }
    }
    return out;
}

QString FieldNameAssistant::normalized(const QString &text, const Rules &rules)
{
    const QString latin = transliterate(text);
    QString name;
    name.reserve(latin.size());
    for (const QChar c : latin) {
        if (isAsciiLetter(c))
            name += rules.letterCase == Rules::Case::Upper ? c.toUpper() : c.toLower();
        else if (isAsciiDigit(c))
            name += c;
        else if (!name.endsWith(u'_'))
            name += u'_';
    }
    while (name.startsWith(u'_'))
        name.remove(0, 1);
    while (name.endsWith(u'_'))
        name.chop(1);
    if (name.isEmpty())
        return rules.fallback;
    if (!isAsciiLetter(name.at(0)))
        name.prepend(rules.prefix);
    name.truncate(rules.maxLength);
    while (name.endsWith(u'_'))
        name.chop(1);
    return name;
}

QString FieldNameAssistant::propose(const QString &text, const Rules &rules, const QSet<QString> &taken)
{
    return unique(normalized(text, rules), taken, rules.maxLength);
}

QString FieldNameAssistant::unique(const QString &base, const QSet<QString> &taken, qsizetype maxLength)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = u'_' + QString::number(n);
        QString stem = base.left(maxLength - suffix.size());
        while (stem.endsWith(u'_'))
            stem.chop(1);
        const QString candidate = stem + suffix;
        if (!taken.contains(candidate))
            return candidate;
    }
}

QString FieldNameAssistant::fieldName(const QString &text, const QSet<QString> &taken)
{
    static const Rules rules{Rules::Case::Upper, u"F_"_s, u"FIELD"_s, EntityValidation::MaxFieldNameLength};
    return propose(text, rules, taken);
}

QStringList FieldNameAssistant::fieldNames(const QStringList &texts, const QSet<QString> &taken)
{
    QSet<QString> used = taken;
    QStringList names;
    names.reserve(texts.size());
    for (const QString &text : texts) {
        names.append(fieldName(text, used));
        used.insert(names.constLast());
    }
    return names;
}

QString FieldNameAssistant::datasetName(const QString &text, const QSet<QString> &taken)
{
    static const Rules rules{Rules::Case::Lower, u"t_"_s, u"table"_s, EntityValidation::MaxDatasetNameLength};
    return propose(text, rules, taken);
}
