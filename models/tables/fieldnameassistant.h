#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

// Proposes names the portal accepts (portal-behavior.md §3.5) from what a connector reports:
//   field names   ^[A-Z][A-Z0-9_]*$, at most 32 characters, unique within the dataset;
//   dataset names ^[a-z][a-z0-9_]*$, at most 230 characters, unique among the portal's datasets.
// Cyrillic is transliterated (Сумма → SUMMA), accents are dropped (Größe → GROSSE), every other
// character becomes `_`, runs of `_` collapse, and a name that does not start with a letter gets a
// prefix (F_ for fields, t_ for datasets). Clashes get a numeric suffix (_2, _3, …) that still
// fits the length limit.
class FieldNameAssistant
{
    Q_DECLARE_TR_FUNCTIONS(FieldNameAssistant)
public:
    // Latin letters for Cyrillic ones (Russian, Ukrainian, Belarusian), accents dropped, other
    // characters unchanged.
    static QString transliterate(const QString &text);

    // A valid field name for `text` (an external code or a name the user typed), not in `taken`.
    static QString fieldName(const QString &text, const QSet<QString> &taken = {});
    // Valid, mutually distinct field names for `texts`, none in `taken`, in order.
    static QStringList fieldNames(const QStringList &texts, const QSet<QString> &taken = {});

    // A valid dataset name for `text` (usually the table code), not in `taken`.
    static QString datasetName(const QString &text, const QSet<QString> &taken = {});

private:
    // How one kind of name is spelled.
    struct Rules
    {
        enum class Case { Upper, Lower } letterCase;
        QString prefix;     // before a name that does not start with a letter
        QString fallback;   // when nothing usable is left
        qsizetype maxLength;
    };
    static QString propose(const QString &text, const Rules &rules, const QSet<QString> &taken);
    static QString normalized(const QString &text, const Rules &rules);
    static QString unique(const QString &base, const QSet<QString> &taken, qsizetype maxLength);
};
