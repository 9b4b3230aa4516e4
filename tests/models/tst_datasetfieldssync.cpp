// "Sync with source": the diff between a dataset and its connector's description, the names
// proposed for added columns, the checks, and the dataset.fields.update calls it plans (a
// type-changed column needs a second call: the server still counts a code deleted in the same call).
#include "models/tables/datasetfieldssync.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

DatasetField field(qint64 id, const QString &name, const QString &code, const QString &type)
{
    DatasetField f;
    f.id = id;
    f.name = name;
    f.externalCode = code;
    f.type = type;
    return f;
}

EndpointColumn column(const QString &code, const QString &type)
{
    return {code, code, type, type};
}

const QList<DatasetField> Fields{field(1, u"SALE_ID"_s, u"sale_id"_s, u"int"_s),
                                 field(2, u"REGION"_s, u"region"_s, u"string"_s),
                                 field(3, u"AMOUNT"_s, u"amount"_s, u"double"_s),
                                 field(4, u"LEGACY"_s, u"legacy"_s, u"string"_s)};

} // namespace

class TestDatasetFieldsSync : public QObject
{
    Q_OBJECT
private slots:
    void nothingChanged()
    {
        const QList<FieldSyncItem> items = DatasetFieldsSync::compare(
            Fields, {column(u"sale_id"_s, u"int"_s), column(u"region"_s, u"string"_s), column(u"amount"_s, u"double"_s),
                     column(u"legacy"_s, u"string"_s)});
        QVERIFY(items.isEmpty());
        QVERIFY(DatasetFieldsSync::plan(items).isEmpty());
    }

    void diffAndPlan()
    {
        const QList<FieldSyncItem> items = DatasetFieldsSync::compare(
            Fields, {column(u"sale_id"_s, u"int"_s), column(u"region"_s, u"string"_s), column(u"amount"_s, u"string"_s),
                     column(u"discount"_s, u"double"_s), column(u"Регион"_s, u"string"_s)});
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(0).kind, FieldSyncItem::Kind::NewColumn);
        QCOMPARE(items.at(0).newName, u"DISCOUNT"_s);
        QCOMPARE(items.at(0).newType, u"double"_s);
        QVERIFY(items.at(0).chosen);
        // A transliteration clash with an existing name gets a suffix.
        QCOMPARE(items.at(1).kind, FieldSyncItem::Kind::NewColumn);
        QCOMPARE(items.at(1).newName, u"REGION_2"_s);
        QCOMPARE(items.at(2).kind, FieldSyncItem::Kind::VanishedColumn);
        QCOMPARE(items.at(2).existing.id, 4);
        QCOMPARE(items.at(3).kind, FieldSyncItem::Kind::TypeChanged);
        QCOMPARE(items.at(3).existing.name, u"AMOUNT"_s);
        QCOMPARE(items.at(3).newType, u"string"_s);
        QCOMPARE(items.at(3).newName, u"AMOUNT_STRING"_s);
        QVERIFY(!items.at(3).chosen); // dropping a column is opt-in
        QVERIFY(DatasetFieldsSync::describe(items.at(3)).contains(u"cannot change"_s));
        QVERIFY(DatasetFieldsSync::check(items, Fields).isValid());

        // Unchosen type change: one call with both adds and the delete.
        QList<DatasetFieldsChange> calls = DatasetFieldsSync::plan(items);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).add.size(), 2);
        QCOMPARE(calls.at(0).add.at(0).externalCode, u"discount"_s);
        QCOMPARE(calls.at(0).remove, (QList<qint64>{4}));
        QVERIFY(calls.at(0).update.isEmpty());

        // Chosen type change: the delete goes in the first call, the re-add in a second.
        QList<FieldSyncItem> chosen = items;
        chosen[3].chosen = true;
        calls = DatasetFieldsSync::plan(chosen);
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).remove, (QList<qint64>{4, 3}));
        QCOMPARE(calls.at(1).add.size(), 1);
        QCOMPARE(calls.at(1).add.at(0).name, u"AMOUNT_STRING"_s);
        QCOMPARE(calls.at(1).add.at(0).externalCode, u"amount"_s);
        QCOMPARE(calls.at(1).add.at(0).type, u"string"_s);
        QVERIFY(calls.at(1).remove.isEmpty());

        // Only the type change: no empty first call.
        for (FieldSyncItem &item : chosen)
            item.chosen = item.kind == FieldSyncItem::Kind::TypeChanged;
        calls = DatasetFieldsSync::plan(chosen);
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).remove, (QList<qint64>{3}));
    }

    void checkRefusesClashes()
    {
        QList<FieldSyncItem> items =
            DatasetFieldsSync::compare(Fields, {column(u"sale_id"_s, u"int"_s), column(u"region"_s, u"string"_s),
                                                column(u"amount"_s, u"int"_s), column(u"legacy"_s, u"string"_s),
                                                column(u"discount"_s, u"double"_s)});
        QCOMPARE(items.size(), 2);
        items[0].newName = u"LEGACY"_s; // an existing name
        QCOMPARE(DatasetFieldsSync::check(items, Fields).code, u"VALIDATION_DUPLICATE_EXIST_NAME"_s);
        items[0].newName = u"discount"_s;
        QCOMPARE(DatasetFieldsSync::check(items, Fields).code, u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s);
        // The re-added column may not take the old name: the server counts the deleted column.
        items[0].newName = u"DISCOUNT"_s;
        items[1].chosen = true;
        items[1].newName = u"AMOUNT"_s;
        QCOMPARE(DatasetFieldsSync::check(items, Fields).code, u"VALIDATION_DUPLICATE_EXIST_NAME"_s);
        // Two adds with one name.
        items[1].newName = u"DISCOUNT"_s;
        QCOMPARE(DatasetFieldsSync::check(items, Fields).code, u"VALIDATION_DUPLICATE_EXIST_NAME"_s);
        // An unchosen item is not checked.
        items[1].chosen = false;
        QVERIFY(DatasetFieldsSync::check(items, Fields).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDatasetFieldsSync)
#include "tst_datasetfieldssync.moc"
