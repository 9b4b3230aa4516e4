#pragma once

#include "api/endpoints/endpointvalidation.h"
#include "api/entities/entities.h"
#include "api/entities/entityvalidation.h"

#include "models/tables/datasetfieldstablemodel.h"

#include <QList>

// The columns of a dataset that is being created (the "New dataset" wizard): one row per column
// the connector describes, with a visibility checkbox, the NAME (editable; proposed by
// FieldNameAssistant), the type (editable), and the connector's external code and name. Every row
// is checked against the server's rules as it changes (format, length, type, duplicates), because
// names and types cannot change once the dataset exists.
// The visible column's header is tri-state (DatasetFieldsTableModel).
class DatasetFieldsDraftModel : public DatasetFieldsTableModel
{
    Q_OBJECT
public:
    enum Column { ExternalNameColumn = FirstOwnColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ProblemRole = Qt::UserRole + 1, // QString: what the server would refuse (empty = fine)
        SuggestionRole,                 // QString: a valid name the assistant proposes for the row
        ProblemCellRole,                // bool: the cell the row's problem is about (name or type)
    };
    Q_ENUM(Role)

    explicit DatasetFieldsDraftModel(QObject *parent = nullptr);

    // One row per described column, all visible, names proposed from the external codes.
    void setColumns(const QList<EndpointColumn> &columns);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool setAllVisible(bool visible) override;
    int visibleCount() const override;

    // Every column, hidden ones with visible = false (dataset.add takes them that way).
    QList<DatasetField> fields() const;
    QList<DatasetField> visibleFields() const;

    ValidationResult problemAt(int row) const;
    int problemCount() const;
    // The first thing dataset.add would refuse about the columns (valid when nothing).
    ValidationResult firstProblem() const;
    QString suggestionAt(int row) const;
    // Replaces every invalid or duplicate name with the assistant's proposal (from what the user
    // typed, else from the external code). Returns how many names changed.
    int fixNames();

signals:
    // Names, types or visibility changed; problems are up to date.
    void draftChanged();

protected:
    int countedRows() const override { return rowCount(); }

private:
    struct Row
    {
        DatasetField field;
        QString externalName;
        ValidationResult problem;
    };

    void recheck();
    QString suggestionFor(int row) const;

    QList<Row> m_rows;
};
