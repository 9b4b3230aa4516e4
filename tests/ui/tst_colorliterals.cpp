// Colours are named in one place (ui/widgets/uipalette.*): this test scans the C++ sources of
// ui/, models/ and app/ and fails, naming file:line, when a hex colour literal ("#c03030", "#fff")
// or a QColor built from numbers appears anywhere else. The colours a user picks for a profile
// tag (ui/profiles/colortagcombo.cpp) are data, not UI colours.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList kAllowed
    = {u"ui/widgets/uipalette.cpp"_s, u"ui/widgets/uipalette.h"_s, u"ui/profiles/colortagcombo.cpp"_s};

// "file:line: text" for each line of `text` that names a colour.
QStringList colourLiterals(const QString &file, const QString &text)
{
    static const QRegularExpression pattern(
        uR"(#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b|QColor\s*\(\s*(?:0x|\d)|QColor::fromRgb)"_s);
    QStringList found;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (pattern.match(lines.at(i)).hasMatch())
            found.append(u"%1:%2: %3"_s.arg(file).arg(i + 1).arg(lines.at(i).trimmed()));
    }
    return found;
}

} // namespace

class TestColorLiterals : public QObject
{
    Q_OBJECT
private slots:
    void plantedLiteralIsFound()
    {
        const QString planted
            = u"void f()\n{\n    label->setStyleSheet(u\"color: #"_s + u"c03030;\"_s);\n}\n"_s;
        QCOMPARE(colourLiterals(u"ui/planted.cpp"_s, planted),
                 QStringList {u"ui/planted.cpp:3: label->setStyleSheet(u\"color: #c03030;\"_s);"_s});
        QCOMPARE(colourLiterals(u"m.cpp"_s, u"return QColor"_s + u"(0x80, 0x80, 0x80);"_s).size(), 1);
        QCOMPARE(colourLiterals(u"m.cpp"_s, u"return QColor"_s + u"(192, 48, 48);"_s).size(), 1);
        QCOMPARE(colourLiterals(u"m.cpp"_s, u"background: #"_s + u"fff;"_s).size(), 1);
        // Not colours: preprocessor lines, issue numbers with more digits, colour variables.
        QVERIFY(colourLiterals(u"m.cpp"_s,
                               u"#include <QColor>\n#define X 1\n#endif\n// issue #1234567\n"
                               "QColor(colour)\n"_s)
                    .isEmpty());
    }

    void sourcesNameColoursOnlyInThePaletteModule()
    {
        const QString root = QStringLiteral(BIW_SOURCE_DIR);
        QStringList found;
        int scanned = 0;
        for (const QString &layer : {u"ui"_s, u"models"_s, u"app"_s}) {
            QDirIterator it(root + u'/' + layer, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = path.mid(root.size() + 1);
                if (kAllowed.contains(relative))
                    continue;
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                found += colourLiterals(relative, QString::fromUtf8(file.readAll()));
                ++scanned;
            }
        }
        QVERIFY2(scanned > 100, qPrintable(u"only %1 files under %2"_s.arg(scanned).arg(root)));
        QVERIFY2(found.isEmpty(),
                 qPrintable(u"colours outside ui/widgets/uipalette:\n"_s + found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestColorLiterals)
#include "tst_colorliterals.moc"
