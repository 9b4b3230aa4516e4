// ConnectorSettingsModel: editing, inserting, removing and reordering settings with
// QAbstractItemModelTester attached, and the per-cell problems that mirror the server's rules.
#include "models/connectors/connectorsettingsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectorSettingsModel : public QObject
{
    Q_OBJECT
private:
    static QList<ConnectorSetting> sample()
    {
        return {{u"Login"_s, u"login"_s, u"STRING"_s},
                {u"Password"_s, u"password"_s, u"STRING"_s},
                {u"Port"_s, u"port"_s, u"INT"_s}};
    }

private slots:
    void editsInsertsRemovesAndMoves()
    {
        ConnectorSettingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &ConnectorSettingsModel::settingsChanged);
        model.setSettings(sample());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(2, ConnectorSettingsModel::TypeColumn).data().toString(), u"INT"_s);
        QVERIFY(model.firstProblem().isValid());

        QVERIFY(model.setData(model.index(0, ConnectorSettingsModel::NameColumn), u"User name"_s));
        QCOMPARE(model.settings().at(0).name, u"User name"_s);
        QVERIFY(!model.setData(model.index(0, ConnectorSettingsModel::NameColumn), u"User name"_s)); // no change

        const int added = model.addSetting();
        QCOMPARE(added, 3);
        QCOMPARE(model.settings().at(3), ConnectorSetting{});
        QCOMPARE(model.settings().at(3).type, u"STRING"_s);
        // Move "port" (row 2) to the top, then the new row up one.
        QVERIFY(model.moveSetting(2, 0));
        QCOMPARE(model.codes(), (QStringList{u"port"_s, u"login"_s, u"password"_s, QString()}));
        QVERIFY(model.moveSetting(3, 2));
        QCOMPARE(model.codes(), (QStringList{u"port"_s, u"login"_s, QString(), u"password"_s}));
        QVERIFY(model.moveSetting(0, 3));
        QCOMPARE(model.codes(), (QStringList{u"login"_s, QString(), u"password"_s, u"port"_s}));
        QVERIFY(!model.moveSetting(0, 0));
        QVERIFY(!model.moveSetting(0, 4));

        QVERIFY(model.removeRows(1, 1));
        QCOMPARE(model.codes(), (QStringList{u"login"_s, u"password"_s, u"port"_s}));
        QVERIFY(!model.removeRows(3, 1));
        QVERIFY(changed.count() >= 6);
    }

    void problemsMirrorTheServer_data()
    {
        QTest::addColumn<ConnectorSetting>("setting");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("code");
        const QString long512(512, u'n');
        const QString long513(513, u'n');
        QTest::newRow("missing name") << ConnectorSetting{QString(), u"c"_s, u"STRING"_s}
                                      << int(ConnectorSettingsModel::NameColumn)
                                      << u"VALIDATION_SETTINGS_MISSING_REQUIRED_FIELDS"_s;
        QTest::newRow("missing code") << ConnectorSetting{u"n"_s, QString(), u"STRING"_s}
                                      << int(ConnectorSettingsModel::CodeColumn)
                                      << u"VALIDATION_SETTINGS_MISSING_REQUIRED_FIELDS"_s;
        QTest::newRow("name 513") << ConnectorSetting{long513, u"c"_s, u"STRING"_s}
                                  << int(ConnectorSettingsModel::NameColumn) << u"VALIDATION_SETTINGS_NAME_TOO_LONG"_s;
        QTest::newRow("code 513") << ConnectorSetting{u"n"_s, long513, u"INT"_s}
                                  << int(ConnectorSettingsModel::CodeColumn) << u"VALIDATION_SETTINGS_CODE_TOO_LONG"_s;
        QTest::newRow("lowercase type") << ConnectorSetting{u"n"_s, u"c"_s, u"string"_s}
                                        << int(ConnectorSettingsModel::TypeColumn)
                                        << u"VALIDATION_SETTINGS_INVALID_TYPE"_s;
        QTest::newRow("512 is allowed") << ConnectorSetting{long512, long512, u"INT"_s} << -1 << QString();
    }

    void problemsMirrorTheServer()
    {
        QFETCH(ConnectorSetting, setting);
        QFETCH(int, column);
        QFETCH(QString, code);
        ConnectorSettingsModel model;
        model.setSettings({{u"Ok"_s, u"ok"_s, u"STRING"_s}, setting});
        const ConnectorSettingsModel::Problem problem = model.firstProblem();
        QCOMPARE(problem.result.code, code);
        if (column < 0) {
            QVERIFY(problem.isValid());
            return;
        }
        QCOMPARE(problem.row, 1);
        QCOMPARE(int(problem.column), column);
        QVERIFY(!problem.result.message.isEmpty());
        // The problem shows on its cell only.
        QCOMPARE(model.index(1, column).data(ConnectorSettingsModel::ProblemRole).toString(), problem.result.message);
        const int other = (column + 1) % ConnectorSettingsModel::ColumnCount;
        QVERIFY(model.index(1, other).data(ConnectorSettingsModel::ProblemRole).toString().isEmpty());
        QVERIFY(model.index(0, column).data(ConnectorSettingsModel::ProblemRole).toString().isEmpty());
    }

    void duplicateCodesFollowEdits()
    {
        ConnectorSettingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSettings(sample());
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        // Editing row 2's code to row 0's makes row 2 a duplicate...
        QVERIFY(model.setData(model.index(2, ConnectorSettingsModel::CodeColumn), u"login"_s));
        ConnectorSettingsModel::Problem problem = model.firstProblem();
        QCOMPARE(problem.row, 2);
        QCOMPARE(problem.column, ConnectorSettingsModel::CodeColumn);
        QCOMPARE(problem.result.code, u"DUPLICATE_SETTING_CODE"_s);
        QVERIFY(problem.result.message.contains(u"login"_s));
        // ...and renaming row 0 clears it, with a dataChanged covering row 2's problem.
        dataChanged.clear();
        QVERIFY(model.setData(model.index(0, ConnectorSettingsModel::CodeColumn), u"user"_s));
        QVERIFY(model.firstProblem().isValid());
        const bool coversRow2 = std::any_of(dataChanged.cbegin(), dataChanged.cend(), [](const QList<QVariant> &args) {
            return args.at(0).toModelIndex().row() <= 2 && args.at(1).toModelIndex().row() >= 2;
        });
        QVERIFY(coversRow2);
    }
};

QTEST_GUILESS_MAIN(TestConnectorSettingsModel)
#include "tst_connectorsettingsmodel.moc"
