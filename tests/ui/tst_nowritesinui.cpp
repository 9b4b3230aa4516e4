// ui/ sends no writes of its own: every connector, source, table and column write goes through an
// operation of models/operations (one send, a read-back after a lost reply, the catalog updated).
// This scans every .cpp/.h under ui/ for a call of a BiconnectorApi write method, or a generic
// add/update/remove/call naming a biconnector write method, and names file and line of each.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A line without its // comment (string literals kept: "https://…" is not a comment).
QString withoutComment(const QString &line)
{
    bool inString = false;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && inString) {
            ++i;
        } else if (c == u'"') {
            inString = !inString;
        } else if (!inString && c == u'/' && line.at(i + 1) == u'/') {
            return line.left(i);
        }
    }
    return line;
}

// "file:line: text" for every write call in the .cpp/.h files under `root`.
QStringList writeCalls(const QString &root)
{
    static const QRegularExpression typedWrite(
        uR"((\.|->)\s*(addConnector|updateConnector|deleteConnector|addSource|updateSource|deleteSource|addDataset|)"
        uR"(updateDataset|deleteDataset|updateDatasetFields)\s*\()"_s);
    static const QRegularExpression genericCall(uR"((\.|->)\s*(add|update|remove|call)\s*\()"_s);
    static const QRegularExpression writeMethod(
        uR"(biconnector\.(connector|source|dataset|table)\.(add|update|delete|fields\.update)\b)"_s);
    QStringList found;
    QDirIterator files(root, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            found.append(path + u": cannot be read"_s);
            continue;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString code = withoutComment(lines.at(i));
            if (code.contains(typedWrite) || (code.contains(genericCall) && code.contains(writeMethod)))
                found.append(u"%1:%2: %3"_s.arg(QDir(root).relativeFilePath(path))
                                 .arg(i + 1)
                                 .arg(lines.at(i).trimmed()));
        }
    }
    return found;
}

} // namespace

class TestNoWritesInUi : public QObject
{
    Q_OBJECT
private slots:
    void uiCallsNoWriteMethod()
    {
        const QString ui = QStringLiteral(BIW_SOURCE_DIR) + u"/ui"_s;
        QVERIFY2(QDir(ui).exists(), qPrintable(ui));
        const QStringList calls = writeCalls(ui);
        QVERIFY2(
            calls.isEmpty(),
            qPrintable(u"ui/ writes to the portal directly; use models/operations:\n"_s + calls.join(u'\n')));
    }

    // The scan can fail: planted calls are found, with file and line; look-alikes are not.
    void scanFindsPlantedCalls()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkpath(u"tables"_s);
        QFile planted(dir.filePath(u"tables/planted.cpp"_s));
        QVERIFY(planted.open(QIODevice::WriteOnly | QIODevice::Text));
        planted.write("void f()\n"
                      "{\n"
                      "    m_session->biconnector().deleteDataset(id);\n"
                      "    // api.updateSource(edited, original) in a comment is fine\n"
                      "    deleteDataset(id, name); // the ui's own action, not the API\n"
                      "    m_session->biconnector()\n"
                      "        .updateDatasetFields(id, change);\n"
                      "    client->call(u\"biconnector.table.delete\"_s, params);\n"
                      "    client->call(u\"biconnector.table.get\"_s, params);\n"
                      "    text.remove(u\"biconnector.connector.add\"_s); // a generic call naming a write\n"
                      "    open(u\"https://example.com//x\"_s); api.addSource(source);\n"
                      "}\n");
        planted.close();
        const QStringList calls = writeCalls(dir.path());
        QCOMPARE(calls.size(), 5);
        QVERIFY2(calls.at(0).startsWith(u"tables/planted.cpp:3: "_s), qPrintable(calls.at(0)));
        QVERIFY(calls.at(1).startsWith(u"tables/planted.cpp:7: "_s));
        QVERIFY(calls.at(2).startsWith(u"tables/planted.cpp:8: "_s));
        QVERIFY(calls.at(3).startsWith(u"tables/planted.cpp:10: "_s));
        QVERIFY(calls.at(4).startsWith(u"tables/planted.cpp:11: "_s));
    }
};

QTEST_GUILESS_MAIN(TestNoWritesInUi)
#include "tst_nowritesinui.moc"
