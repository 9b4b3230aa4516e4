// Feeds every file of fuzz/corpus/<target>/ and fuzz/regressions/<target>/ to the fuzz target's
// entry point (tests/fuzz/CMakeLists.txt renames each LLVMFuzzerTestOneInput). Under the sanitizer
// build a past crash comes back as an ASan/UBSan report; in any build a hang or an abort fails.
#include <QDir>
#include <QFile>
#include <QtTest>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" {
int fuzz_envelope_TestOneInput(const uint8_t *data, size_t size);
int fuzz_entities_TestOneInput(const uint8_t *data, size_t size);
int fuzz_batch_TestOneInput(const uint8_t *data, size_t size);
int fuzz_endpoint_TestOneInput(const uint8_t *data, size_t size);
int fuzz_logo_TestOneInput(const uint8_t *data, size_t size);
}

namespace {

using EntryPoint = int (*)(const uint8_t *, size_t);

const QHash<QString, EntryPoint> &entryPoints()
{
    static const QHash<QString, EntryPoint> points{
        {u"fuzz_envelope"_s, &fuzz_envelope_TestOneInput},
        {u"fuzz_entities"_s, &fuzz_entities_TestOneInput},
        {u"fuzz_batch"_s, &fuzz_batch_TestOneInput},
        {u"fuzz_endpoint"_s, &fuzz_endpoint_TestOneInput},
        {u"fuzz_logo"_s, &fuzz_logo_TestOneInput},
    };
    return points;
}

QString fuzzDir()
{
    return QStringLiteral(BIW_FUZZ_DIR);
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetIsReplayed()
    {
        // A new fuzz_*.cpp must be added here (and to tests/fuzz/CMakeLists.txt) to stay covered.
        const QStringList sources = QDir(fuzzDir()).entryList({u"fuzz_*.cpp"_s}, QDir::Files);
        QStringList targets;
        for (const QString &source : sources)
            targets.append(source.chopped(4));
        QStringList known = entryPoints().keys();
        targets.sort();
        known.sort();
        QCOMPARE(targets, known);
        for (const QString &target : std::as_const(targets))
            QVERIFY2(!QDir(fuzzDir() + u"/corpus/"_s + target).isEmpty(QDir::Files), qPrintable(target));
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const QString &kind : {u"corpus"_s, u"regressions"_s}) {
            const QStringList targets = entryPoints().keys();
            for (const QString &target : targets) {
                const QDir dir(fuzzDir() + u'/' + kind + u'/' + target);
                const QStringList files = dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
                for (const QString &file : files) {
                    const QString row = kind + u'/' + target + u'/' + file;
                    QTest::newRow(qPrintable(row)) << target << dir.filePath(file);
                }
            }
        }
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();
        const int result = entryPoints().value(target)(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                                        size_t(bytes.size()));
        QCOMPARE(result, 0);
    }
};

QTEST_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
