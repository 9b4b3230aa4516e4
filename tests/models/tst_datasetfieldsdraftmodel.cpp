// The wizard's column draft: names proposed by the assistant, inline checks of every server rule
// as the user edits, "fix names", visibility with the tri-state header — with
// QAbstractItemModelTester attached throughout.
#include "models/tables/datasetfieldsdraftmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QList<EndpointColumn> salesColumns()
{
    return {{u"sale_id"_s, u"Sale ID"_s, u"int"_s, u"int"_s},
            {u"region"_s, u"Region"_s, u"string"_s, u"string"_s},
            {u"amount"_s, u"Amount"_s, u"double"_s, u"double"_s},
            {u"sold_on"_s, u"Sold on"_s, u"date"_s, u"date"_s},
            {u"Сумма"_s, u"Сумма"_s, u"money"_s, u"money"_s},
            {u"2nd-region"_s, u"Second region"_s, u"string"_s, u"varchar"_s}};
}

} // namespace

class TestDatasetFieldsDraftModel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<DatasetFieldsDraftModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QModelIndex nameAt(int row) const { return m_model->index(row, DatasetFieldsDraftModel::NameColumn); }

private slots:
    void init()
    {
        m_model = std::make_unique<DatasetFieldsDraftModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setColumns(salesColumns());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void proposesValidNames()
    {
        QCOMPARE(m_model->rowCount(), 6);
        QStringList names;
        for (int row = 0; row < m_model->rowCount(); ++row)
            names.append(nameAt(row).data().toString());
        QCOMPARE(names, (QStringList{u"SALE_ID"_s, u"REGION"_s, u"AMOUNT"_s, u"SOLD_ON"_s, u"SUMMA"_s,
                                     u"F_2ND_REGION"_s}));
        QCOMPARE(m_model->problemCount(), 0);
        QVERIFY(m_model->firstProblem().isValid());
        QCOMPARE(m_model->index(1, DatasetFieldsDraftModel::ExternalNameColumn).data().toString(), u"Region"_s);
        QCOMPARE(m_model->visibilityState(), Qt::Checked);
        QVERIFY(m_model->flags(nameAt(0)) & Qt::ItemIsEditable);
        QVERIFY(m_model->flags(m_model->index(0, DatasetFieldsDraftModel::TypeColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(m_model->flags(m_model->index(0, DatasetFieldsDraftModel::ExternalCodeColumn)) & Qt::ItemIsEditable));
    }

    void editsAreCheckedInline_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("lowercase") << u"amount"_s << u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s;
        QTest::newRow("leading digit") << u"1AMOUNT"_s << u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s;
        QTest::newRow("cyrillic") << u"СУММА"_s << u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s;
        QTest::newRow("empty") << QString() << u"VALIDATION_FIELD_NAME_INVALID_FORMAT"_s;
        QTest::newRow("too long") << QString(33, u'A') << u"VALIDATION_FIELD_NAME_TOO_LONG"_s;
        QTest::newRow("duplicate") << u"REGION"_s << u"DUPLICATE_FIELDS"_s;
    }

    void editsAreCheckedInline()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QSignalSpy changed(m_model.get(), &DatasetFieldsDraftModel::draftChanged);
        QVERIFY(m_model->setData(nameAt(2), name));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->problemAt(2).code, code);
        QVERIFY(!nameAt(2).data(DatasetFieldsDraftModel::ProblemRole).toString().isEmpty());
        QVERIFY(nameAt(2).data(Qt::DecorationRole).isValid());
        QVERIFY(nameAt(2).data(DatasetFieldsDraftModel::ProblemCellRole).toBool()); // ui/ colours it
        const QModelIndex type = nameAt(2).siblingAtColumn(DatasetFieldsDraftModel::TypeColumn);
        QVERIFY(!type.data(DatasetFieldsDraftModel::ProblemCellRole).toBool());
        QVERIFY(nameAt(2).data(Qt::ToolTipRole).toString().contains(u"Suggested"_s));
        QCOMPARE(m_model->firstProblem().code, code);
        if (code == u"DUPLICATE_FIELDS"_s)
            QCOMPARE(m_model->problemAt(1).code, code); // both ends of a clash are flagged

        const QString suggestion = nameAt(2).data(DatasetFieldsDraftModel::SuggestionRole).toString();
        QVERIFY(EntityValidation::fieldName(suggestion).isValid());
        QCOMPARE(m_model->fixNames(), 1);
        QCOMPARE(nameAt(2).data().toString(), suggestion);
        QCOMPARE(m_model->problemCount(), 0);
        QVERIFY(m_model->firstProblem().isValid());
        QCOMPARE(m_model->fixNames(), 0);
    }

    void assistantRenamesWhatTheUserTyped()
    {
        QVERIFY(m_model->setData(nameAt(2), u"Сумма продаж"_s));
        QCOMPARE(nameAt(2).data(DatasetFieldsDraftModel::SuggestionRole).toString(), u"SUMMA_PRODAZH"_s);
        QCOMPARE(m_model->fixNames(), 1);
        QCOMPARE(m_model->fields().at(2).name, u"SUMMA_PRODAZH"_s);
        QCOMPARE(m_model->fields().at(2).externalCode, u"amount"_s);
    }

    void typeIsCheckedToo()
    {
        const QModelIndex type = m_model->index(3, DatasetFieldsDraftModel::TypeColumn);
        QVERIFY(m_model->setData(type, u"Date"_s));
        QCOMPARE(m_model->problemAt(3).code, u"VALIDATION_FIELD_INVALID_TYPE"_s);
        QVERIFY(m_model->setData(type, u"datetime"_s));
        QVERIFY(m_model->problemAt(3).isValid());
        QCOMPARE(m_model->fields().at(3).type, u"datetime"_s);
    }

    void visibilityAndHeader()
    {
        QVERIFY(m_model->setData(m_model->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(m_model->setData(m_model->index(3, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(m_model->visibilityState(), Qt::PartiallyChecked);
        QCOMPARE(m_model->headerData(0, Qt::Horizontal, Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::PartiallyChecked);
        QCOMPARE(m_model->visibleFields().size(), 4);
        const QList<DatasetField> all = m_model->fields();
        QCOMPARE(all.size(), 6);
        QVERIFY(!all.at(0).visible);
        QVERIFY(all.at(1).visible);

        QVERIFY(m_model->setHeaderData(0, Qt::Horizontal, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(m_model->visibleCount(), 0);
        QCOMPARE(m_model->visibilityState(), Qt::Unchecked);
        QVERIFY(m_model->setHeaderData(0, Qt::Horizontal, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(m_model->visibilityState(), Qt::Checked);
        QVERIFY(!m_model->setAllVisible(true));
    }

    void newColumnsStartOver()
    {
        QVERIFY(m_model->setData(nameAt(0), u"bad"_s));
        m_model->setColumns(salesColumns().mid(0, 2));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->problemCount(), 0);
        m_model->setColumns({});
        QCOMPARE(m_model->firstProblem().code, u"FIELDS_EMPTY"_s);
    }
};

QTEST_MAIN(TestDatasetFieldsDraftModel)
#include "tst_datasetfieldsdraftmodel.moc"
