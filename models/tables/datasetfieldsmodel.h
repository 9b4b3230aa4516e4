#pragma once

#include "api/entities/entities.h"
#include "api/entities/entityvalidation.h"

#include "models/tables/datasetfieldstablemodel.h"

#include <QHash>
#include <QList>

class QUndoStack;

// The columns of one dataset with the user's pending changes, for the fields editor. Only what
// dataset.fields.update can do is editable (portal-behavior.md §3.8): visibility of existing
// columns, adding columns, deleting columns. Nothing is sent from here: pendingChange() is the one
// change set the editor applies, and every edit is an undoable step on undoStack().
//
// Deleted columns stay listed (marked) until the change is applied, so the user sees what goes.
// Added columns are always visible: the server ignores `visible` when adding. The visible
// column's header is tri-state (DatasetFieldsTableModel).
class DatasetFieldsModel : public DatasetFieldsTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn = FirstOwnColumn, ColumnCount };
    Q_ENUM(Column)

    enum class Change { None, Shown, Hidden, Added, Deleted };
    Q_ENUM(Change)

    enum Role {
        ChangeRole = Qt::UserRole + 1, // Change of the row (ui/ colours rows by it)
        PendingRole,                   // bool: the row has a pending change
        FieldIdRole,                   // qint64: 0 for added rows
    };
    Q_ENUM(Role)

    // Which columns "Show/Hide matching…" touches: a wildcard pattern (*, ?) on the name or the
    // external code, case-insensitive (empty = any), and a type (empty = any).
    struct Match
    {
        QString pattern;
        QString type;
    };

    explicit DatasetFieldsModel(QObject *parent = nullptr);
    ~DatasetFieldsModel() override;

    // Starts over from the dataset's columns as the server has them: no pending changes, empty
    // undo history.
    void setFields(const QList<DatasetField> &fields);
    QList<DatasetField> originalFields() const;
    QUndoStack *undoStack() const { return m_undo; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // ---- Edits: each is one undo step; an edit that changes nothing pushes nothing and returns false.
    bool setVisible(const QList<int> &rows, bool visible);
    // Space on a selection: hides the rows when all of them are visible, otherwise shows them all.
    bool toggleVisible(const QList<int> &rows);
    bool setAllVisible(bool visible) override;
    // Flips each row's visibility (every row when `rows` is empty).
    bool invertVisible(const QList<int> &rows = {});
    // Shows or hides the rows that match; returns how many rows matched.
    int setVisibleMatching(const Match &match, bool visible);
    QList<int> rowsMatching(const Match &match) const;
    // Adds a column after the server's rules (name format and length, type, no clash with any
    // current column — even one being deleted, the server still counts it). Invalid: nothing added.
    ValidationResult addField(const DatasetField &field);
    ValidationResult checkNewField(const DatasetField &field) const;
    // Marks existing columns for deletion and drops added ones.
    bool deleteFields(const QList<int> &rows);
    // Forgets every pending change and the undo history.
    void revert();

    // ---- State
    bool hasPendingChanges() const { return pendingChangeCount() > 0; }
    int pendingChangeCount() const;
    Change changeAt(int row) const;
    bool isVisibleAt(int row) const;
    DatasetField fieldAt(int row) const;
    int visibleCount() const override;  // of the columns that stay (not deleted)
    // The one dataset.fields.update that applies everything pending.
    DatasetFieldsChange pendingChange() const;
    // The columns as they will be once pendingChange() is applied (added ones without an id).
    QList<DatasetField> fieldsAfterChange() const;

signals:
    void pendingChangesChanged(int count);

protected:
    int countedRows() const override;

private:
    class VisibilityCommand;
    class AddCommand;
    class DeleteCommand;

    struct Row
    {
        DatasetField field;
        bool originalVisible = true;
        bool added = false;
        bool deleted = false;
        qint64 key = 0;   // the field id, or a negative number for added rows
    };

    int rowOfKey(qint64 key) const;
    void applyVisibility(const QList<qint64> &keys, const QList<bool> &visible);
    void insertRow(int position, const Row &row);
    void removeRowOfKey(qint64 key);
    void setDeleted(const QList<qint64> &keys, bool deleted);
    void rowsChanged(const QList<int> &rows);
    void stateChanged();
    bool pushVisibility(const QList<int> &rows, const QList<bool> &visible, const QString &text);
    QList<int> editableRows(const QList<int> &rows) const;

    QList<Row> m_rows;
    QUndoStack *m_undo;
    qint64 m_nextAddedKey = -1;
    int m_lastPendingCount = 0;
};
