// The fields editor's model: every edit (visibility by row, all, invert, matching; add; delete;
// undo/redo; revert; starting over) with QAbstractItemModelTester attached the whole time, and the
// one change set it produces for dataset.fields.update.
#include "models/operations/datasetoperations.h"
#include "models/tables/datasetfieldsmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

DatasetField field(qint64 id, const QString &name, const QString &type, bool visible = true)
{
    DatasetField f;
    f.id = id;
    f.datasetId = 7;
    f.name = name;
    f.type = type;
    f.externalCode = name.toLower();
    f.visible = visible;
    return f;
}

QList<DatasetField> salesFields()
{
    return {field(11, u"SALE_ID"_s, u"int"_s),      field(12, u"PRODUCT_ID"_s, u"int"_s),
            field(13, u"REGION"_s, u"string"_s),    field(14, u"QUANTITY"_s, u"int"_s),
            field(15, u"AMOUNT"_s, u"double"_s),    field(16, u"SOLD_ON"_s, u"date"_s),
            field(17, u"CREATED_AT"_s, u"datetime"_s, false)};
}

} // namespace

class TestDatasetFieldsModel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<DatasetFieldsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    Qt::CheckState headerState() const
    {
        return m_model->headerData(DatasetFieldsModel::VisibleColumn, Qt::Horizontal, Qt::CheckStateRole)
            .value<Qt::CheckState>();
    }
    Qt::CheckState checkAt(int row) const
    {
        return m_model->index(row, DatasetFieldsModel::VisibleColumn).data(Qt::CheckStateRole).value<Qt::CheckState>();
    }

private slots:
    void init()
    {
        m_model = std::make_unique<DatasetFieldsModel>();
        // Attached before the first edit and kept for the whole test (it checks every signal).
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setFields(salesFields());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void presentsServerColumns()
    {
        QCOMPARE(m_model->rowCount(), 7);
        QCOMPARE(m_model->columnCount(), int(DatasetFieldsModel::ColumnCount));
        QCOMPARE(m_model->index(0, DatasetFieldsModel::NameColumn).data().toString(), u"SALE_ID"_s);
        QCOMPARE(m_model->index(4, DatasetFieldsModel::TypeColumn).data().toString(), u"double"_s);
        QCOMPARE(m_model->index(4, DatasetFieldsModel::ExternalCodeColumn).data().toString(), u"amount"_s);
        QCOMPARE(m_model->index(4, DatasetFieldsModel::IdColumn).data().toString(), u"15"_s);
        QCOMPARE(checkAt(0), Qt::Checked);
        QCOMPARE(checkAt(6), Qt::Unchecked);
        QCOMPARE(headerState(), Qt::PartiallyChecked);
        QVERIFY(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(m_model->flags(m_model->index(0, 1)) & Qt::ItemIsEditable));
        QVERIFY(!m_model->hasPendingChanges());
        QVERIFY(m_model->pendingChange().isEmpty());
        QCOMPARE(m_model->originalFields(), salesFields());
    }

    void checkboxToggleIsPendingAndUndoable()
    {
        QSignalSpy pending(m_model.get(), &DatasetFieldsModel::pendingChangesChanged);
        QVERIFY(m_model->setData(m_model->index(2, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(checkAt(2), Qt::Unchecked);
        QCOMPARE(m_model->pendingChangeCount(), 1);
        QCOMPARE(pending.count(), 1);
        QCOMPARE(m_model->changeAt(2), DatasetFieldsModel::Change::Hidden);
        QVERIFY(m_model->index(2, 1).data(DatasetFieldsModel::PendingRole).toBool());
        QVERIFY(m_model->index(2, 1).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(m_model->index(2, 1).data(DatasetFieldsModel::ChangeRole).value<DatasetFieldsModel::Change>(),
                 DatasetFieldsModel::Change::Hidden);
        QCOMPARE(m_model->index(1, 1).data(DatasetFieldsModel::ChangeRole).value<DatasetFieldsModel::Change>(),
                 DatasetFieldsModel::Change::None);
        // Models expose state, ui/ (StateColorDelegate) chooses the colours.
        QVERIFY(!m_model->index(2, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(!m_model->index(2, 1).data(Qt::ForegroundRole).isValid());

        const DatasetFieldsChange change = m_model->pendingChange();
        QCOMPARE(change.update, (QList<DatasetFieldsChange::Visibility>{{13, false}}));
        QVERIFY(change.add.isEmpty());
        QVERIFY(change.remove.isEmpty());

        m_model->undoStack()->undo();
        QCOMPARE(checkAt(2), Qt::Checked);
        QVERIFY(!m_model->hasPendingChanges());
        m_model->undoStack()->redo();
        QCOMPARE(checkAt(2), Qt::Unchecked);
        // Toggling back by hand is not a pending change any more.
        QVERIFY(m_model->setVisible({2}, true));
        QVERIFY(!m_model->hasPendingChanges());
        QCOMPARE(m_model->undoStack()->count(), 2);
        // A no-op pushes nothing.
        QVERIFY(!m_model->setVisible({2}, true));
        QCOMPARE(m_model->undoStack()->count(), 2);
    }

    void toggleSelectionHidesAllOrShowsAll()
    {
        // Some hidden in the selection: Space shows them all.
        QVERIFY(m_model->toggleVisible({5, 6}));
        QCOMPARE(checkAt(5), Qt::Checked);
        QCOMPARE(checkAt(6), Qt::Checked);
        QCOMPARE(headerState(), Qt::Checked);
        // All visible: Space hides them all; one undo step each.
        QVERIFY(m_model->toggleVisible({5, 6, 5}));
        QCOMPARE(checkAt(5), Qt::Unchecked);
        QCOMPARE(checkAt(6), Qt::Unchecked);
        QCOMPARE(m_model->undoStack()->count(), 2);
        QCOMPARE(m_model->pendingChange().update, (QList<DatasetFieldsChange::Visibility>{{16, false}}));
    }

    void headerTriStateShowsAndHidesAll()
    {
        QVERIFY(m_model->setHeaderData(0, Qt::Horizontal, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(headerState(), Qt::Unchecked);
        QCOMPARE(m_model->visibleCount(), 0);
        QCOMPARE(m_model->pendingChangeCount(), 6);
        QVERIFY(m_model->setHeaderData(0, Qt::Horizontal, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(headerState(), Qt::Checked);
        QCOMPARE(m_model->pendingChangeCount(), 1);
        QCOMPARE(m_model->pendingChange().update, (QList<DatasetFieldsChange::Visibility>{{17, true}}));
        m_model->undoStack()->undo();
        QCOMPARE(headerState(), Qt::Unchecked);
        m_model->undoStack()->undo();
        QCOMPARE(headerState(), Qt::PartiallyChecked);
        QVERIFY(!m_model->hasPendingChanges());
    }

    void invertFlipsEachRow()
    {
        QVERIFY(m_model->invertVisible());
        for (int row = 0; row < 6; ++row)
            QCOMPARE(checkAt(row), Qt::Unchecked);
        QCOMPARE(checkAt(6), Qt::Checked);
        QVERIFY(m_model->invertVisible({0, 6}));
        QCOMPARE(checkAt(0), Qt::Checked);
        QCOMPARE(checkAt(6), Qt::Unchecked);
        m_model->undoStack()->undo();
        m_model->undoStack()->undo();
        QVERIFY(!m_model->hasPendingChanges());
    }

    void matchingByPatternAndType()
    {
        QCOMPARE(m_model->rowsMatching({u"*_id"_s, {}}), (QList<int>{0, 1}));
        QCOMPARE(m_model->rowsMatching({{}, u"int"_s}), (QList<int>{0, 1, 3}));
        QCOMPARE(m_model->rowsMatching({u"*_ID"_s, u"int"_s}), (QList<int>{0, 1}));
        // The external code matches too, case-insensitively.
        QCOMPARE(m_model->rowsMatching({u"sold?on"_s, {}}), (QList<int>{5}));

        QCOMPARE(m_model->setVisibleMatching({u"*_ID"_s, {}}, false), 2);
        QCOMPARE(checkAt(0), Qt::Unchecked);
        QCOMPARE(checkAt(1), Qt::Unchecked);
        QCOMPARE(checkAt(2), Qt::Checked);
        QCOMPARE(m_model->setVisibleMatching({{}, u"datetime"_s}, true), 1);
        QCOMPARE(checkAt(6), Qt::Checked);
        QCOMPARE(m_model->pendingChangeCount(), 3);
        QCOMPARE(m_model->setVisibleMatching({u"nothing*"_s, {}}, true), 0);
        QCOMPARE(m_model->undoStack()->count(), 2);
    }

    void addFieldIsValidatedLikeTheServer()
    {
        DatasetField discount = field(0, u"DISCOUNT"_s, u"double"_s);
        QCOMPARE(m_model->checkNewField(field(0, u"discount"_s, u"double"_s)).code,
                 u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s);
        QCOMPARE(m_model->checkNewField(field(0, u"DISCOUNT"_s, u"float"_s)).code, u"VALIDATION_FIELD_INVALID_TYPE"_s);
        QCOMPARE(m_model->checkNewField(field(0, QString(33, u'A'), u"int"_s)).code,
                 u"VALIDATION_FIELD_NAME_TOO_LONG"_s);
        DatasetField clashCode = discount;
        clashCode.externalCode = u"amount"_s;
        QCOMPARE(m_model->addField(clashCode).code, u"VALIDATION_DUPLICATE_EXIST_CODE"_s);
        DatasetField clashName = field(0, u"REGION"_s, u"string"_s);
        clashName.externalCode = u"region_2"_s;
        QCOMPARE(m_model->addField(clashName).code, u"VALIDATION_DUPLICATE_EXIST_NAME"_s);
        QCOMPARE(m_model->rowCount(), 7);
        QCOMPARE(m_model->undoStack()->count(), 0);

        QVERIFY(m_model->addField(discount).isValid());
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(m_model->changeAt(7), DatasetFieldsModel::Change::Added);
        QCOMPARE(m_model->index(7, DatasetFieldsModel::IdColumn).data().toString(), u"new"_s);
        QCOMPARE(checkAt(7), Qt::Checked);
        // New columns are always visible: no checkbox to untick.
        QVERIFY(!(m_model->flags(m_model->index(7, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(!m_model->setVisible({7}, false));
        QCOMPARE(m_model->pendingChange().add.size(), 1);
        QCOMPARE(m_model->pendingChange().add.first().name, u"DISCOUNT"_s);
        // The same name again clashes with the pending one.
        QCOMPARE(m_model->addField(discount).code, u"VALIDATION_DUPLICATE_EXIST_CODE"_s);

        m_model->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 7);
        QVERIFY(!m_model->hasPendingChanges());
        m_model->undoStack()->redo();
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(m_model->fieldAt(7).name, u"DISCOUNT"_s);
    }

    void deleteMarksExistingAndDropsAdded()
    {
        QVERIFY(m_model->addField(field(0, u"DISCOUNT"_s, u"double"_s)).isValid());
        QVERIFY(m_model->setVisible({1}, false));
        QVERIFY(m_model->deleteFields({1, 2, 7}));
        QCOMPARE(m_model->rowCount(), 7);
        QCOMPARE(m_model->changeAt(1), DatasetFieldsModel::Change::Deleted);
        QCOMPARE(m_model->changeAt(2), DatasetFieldsModel::Change::Deleted);
        QVERIFY(m_model->index(2, 1).data(Qt::FontRole).value<QFont>().strikeOut());
        // A deleted column's checkbox is out of play, and it no longer counts for the header.
        QVERIFY(!(m_model->flags(m_model->index(2, 0)) & Qt::ItemIsUserCheckable));
        QCOMPARE(m_model->visibleCount(), 4);
        const DatasetFieldsChange change = m_model->pendingChange();
        QCOMPARE(change.remove, (QList<qint64>{12, 13}));
        QVERIFY(change.update.isEmpty());
        QVERIFY(change.add.isEmpty());
        QCOMPARE(m_model->fieldsAfterChange().size(), 5);

        // A deleted name cannot come back in the same change (the server still counts it).
        DatasetField again = field(0, u"REGION"_s, u"string"_s);
        again.externalCode = u"region_new"_s;
        const ValidationResult refused = m_model->checkNewField(again);
        QCOMPARE(refused.code, u"VALIDATION_DUPLICATE_EXIST_NAME"_s);
        QVERIFY(refused.message.contains(u"deleted"_s));

        m_model->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(m_model->fieldAt(7).name, u"DISCOUNT"_s);
        QCOMPARE(m_model->changeAt(2), DatasetFieldsModel::Change::None);
        QCOMPARE(m_model->changeAt(1), DatasetFieldsModel::Change::Hidden);
        m_model->undoStack()->redo();
        QCOMPARE(m_model->rowCount(), 7);
        QVERIFY(!m_model->deleteFields({1}));   // already marked
    }

    void revertDiscardsEverything()
    {
        QVERIFY(m_model->setAllVisible(false));
        QVERIFY(m_model->addField(field(0, u"DISCOUNT"_s, u"double"_s)).isValid());
        QVERIFY(m_model->deleteFields({0}));
        QVERIFY(m_model->hasPendingChanges());
        m_model->revert();
        QVERIFY(!m_model->hasPendingChanges());
        QCOMPARE(m_model->rowCount(), 7);
        QCOMPARE(m_model->undoStack()->count(), 0);
        QCOMPARE(m_model->fieldsAfterChange(), salesFields());

        // Without added rows the rows stay in place (no reset).
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(m_model->setVisible({0, 3}, false));
        m_model->revert();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(checkAt(0), Qt::Checked);
        QVERIFY(!m_model->hasPendingChanges());
    }

    void threeHundredToggles()
    {
        QList<DatasetField> many;
        for (int i = 1; i <= 300; ++i)
            many.append(field(1000 + i, u"F%1"_s.arg(i, 3, 10, QChar(u'0')), u"string"_s));
        m_model->setFields(many);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setAllVisible(false));
        // One dataChanged for the whole span, one undo step, one update item per column.
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->undoStack()->count(), 1);
        QCOMPARE(m_model->pendingChange().update.size(), 300);
        QCOMPARE(m_model->pendingChangeCount(), 300);
        m_model->undoStack()->undo();
        QCOMPARE(m_model->pendingChangeCount(), 0);
    }

    void reflectedByServerState()
    {
        QVERIFY(m_model->setVisible({0}, false));
        QVERIFY(m_model->deleteFields({1}));
        QVERIFY(m_model->addField(field(0, u"DISCOUNT"_s, u"double"_s)).isValid());
        QVERIFY(!DatasetColumnsUpdate::isReflectedBy(m_model->pendingChange(), salesFields()));
        QList<DatasetField> after = m_model->fieldsAfterChange();
        after.last().id = 99;
        QVERIFY(DatasetColumnsUpdate::isReflectedBy(m_model->pendingChange(), after));
        after.first().visible = true;
        QVERIFY(!DatasetColumnsUpdate::isReflectedBy(m_model->pendingChange(), after));
    }

    void setFieldsStartsOver()
    {
        QVERIFY(m_model->setVisible({0}, false));
        QSignalSpy pending(m_model.get(), &DatasetFieldsModel::pendingChangesChanged);
        m_model->setFields(salesFields().mid(0, 3));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->undoStack()->count(), 0);
        QCOMPARE(pending.count(), 1);
        QCOMPARE(pending.first().first().toInt(), 0);
        m_model->setFields({});
        QCOMPARE(headerState(), Qt::Unchecked);
        QVERIFY(!m_model->setAllVisible(true));
    }
};

QTEST_MAIN(TestDatasetFieldsModel)
#include "tst_datasetfieldsmodel.moc"
