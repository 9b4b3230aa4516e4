// The name assistant: every proposal passes the server's rules (EntityValidation), and the
// transformations (transliteration, casing, separators, prefixes, length, de-duplication) are the
// documented ones.
#include "api/entities/entityvalidation.h"
#include "models/tables/fieldnameassistant.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFieldNameAssistant : public QObject
{
    Q_OBJECT
private slots:
    void fieldName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lowercase code") << u"sale_id"_s << u"SALE_ID"_s;
        QTest::newRow("already valid") << u"AMOUNT"_s << u"AMOUNT"_s;
        QTest::newRow("cyrillic") << u"Сумма продаж"_s << u"SUMMA_PRODAZH"_s;
        QTest::newRow("cyrillic shch/ya") << u"щука-я"_s << u"SHCHUKA_YA"_s;
        QTest::newRow("hard and soft signs dropped") << u"объём"_s << u"OBEM"_s;
        QTest::newRow("ukrainian") << u"Їжак"_s << u"YIZHAK"_s;
        QTest::newRow("accents") << u"Größe café"_s << u"GROSSE_CAFE"_s;
        QTest::newRow("separators collapse") << u"a -- b..c"_s << u"A_B_C"_s;
        QTest::newRow("edges trimmed") << u"  _x_ "_s << u"X"_s;
        QTest::newRow("leading digit") << u"2nd_place"_s << u"F_2ND_PLACE"_s;
        QTest::newRow("only symbols") << u"%%%"_s << u"FIELD"_s;
        QTest::newRow("empty") << QString() << u"FIELD"_s;
        QTest::newRow("camelCase") << u"createdAt"_s << u"CREATEDAT"_s;
        QTest::newRow("too long") << u"a_very_long_external_column_code_from_the_erp"_s
                                  << u"A_VERY_LONG_EXTERNAL_COLUMN_CODE"_s;
        QTest::newRow("cut before separator") << u"abcdefghij_abcdefghij_abcdefghi_x"_s
                                              << u"ABCDEFGHIJ_ABCDEFGHIJ_ABCDEFGHI"_s;
        QTest::newRow("emoji and CJK dropped") << u"価格 💰 total"_s << u"TOTAL"_s;
    }

    void fieldName()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString name = FieldNameAssistant::fieldName(input);
        QCOMPARE(name, expected);
        QVERIFY2(EntityValidation::fieldName(name).isValid(), qPrintable(name));
    }

    void fieldNameAvoidsTaken()
    {
        QCOMPARE(FieldNameAssistant::fieldName(u"amount"_s, {u"AMOUNT"_s}), u"AMOUNT_2"_s);
        QCOMPARE(FieldNameAssistant::fieldName(u"amount"_s, {u"AMOUNT"_s, u"AMOUNT_2"_s}), u"AMOUNT_3"_s);
        // The suffix still fits 32 characters.
        const QString longName = u"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"_s;
        QCOMPARE(longName.size(), 32);
        const QString unique = FieldNameAssistant::fieldName(longName, {longName});
        QCOMPARE(unique, u"ABCDEFGHIJKLMNOPQRSTUVWXYZABCD_2"_s);
        QVERIFY(EntityValidation::fieldName(unique).isValid());
    }

    void fieldNamesAreMutuallyDistinct()
    {
        const QStringList names =
            FieldNameAssistant::fieldNames({u"Amount"_s, u"amount"_s, u"AMOUNT"_s, u"amount_2"_s}, {u"AMOUNT_3"_s});
        QCOMPARE(names, (QStringList{u"AMOUNT"_s, u"AMOUNT_2"_s, u"AMOUNT_4"_s, u"AMOUNT_2_2"_s}));
        for (const QString &name : names)
            QVERIFY(EntityValidation::fieldName(name).isValid());
    }

    void datasetName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("table code") << u"sales"_s << QStringList() << u"sales"_s;
        QTest::newRow("uppercase and spaces") << u"Sales Per Region"_s << QStringList() << u"sales_per_region"_s;
        QTest::newRow("cyrillic") << u"Продажи 2024"_s << QStringList() << u"prodazhi_2024"_s;
        QTest::newRow("leading digit") << u"2024_sales"_s << QStringList() << u"t_2024_sales"_s;
        QTest::newRow("empty") << QString() << QStringList() << u"table"_s;
        QTest::newRow("taken") << u"sales"_s << QStringList{u"sales"_s, u"sales_2"_s} << u"sales_3"_s;
        QTest::newRow("schema.table") << u"dbo.Orders"_s << QStringList() << u"dbo_orders"_s;
    }

    void datasetName()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        const QString name = FieldNameAssistant::datasetName(input, QSet<QString>(taken.cbegin(), taken.cend()));
        QCOMPARE(name, expected);
        QVERIFY(EntityValidation::datasetName(name).isValid());
    }

    void datasetNameRespectsLength()
    {
        const QString name = FieldNameAssistant::datasetName(QString(300, u'x'));
        QCOMPARE(name.size(), EntityValidation::MaxDatasetNameLength);
        const QString unique = FieldNameAssistant::datasetName(QString(300, u'x'), {name});
        QCOMPARE(unique.size(), EntityValidation::MaxDatasetNameLength);
        QVERIFY(unique.endsWith(u"_2"_s));
        QVERIFY(EntityValidation::datasetName(unique).isValid());
    }
};

QTEST_GUILESS_MAIN(TestFieldNameAssistant)
#include "tst_fieldnameassistant.moc"
