#pragma once

#include "api/entities/entities.h"
#include "api/entities/entityvalidation.h"

#include <QAbstractTableModel>
#include <QList>

// The settings schema of a connector as an editable table: one row per declared setting, columns
// name / code / type. Every cell knows its problem (ProblemRole) by the server's rules
// (EntityValidation::connectorSetting) plus one client rule: codes must be unique, because a
// source stores one value per code. Rows can be inserted, removed and moved (reordered).
class ConnectorSettingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CodeColumn, TypeColumn, ColumnCount };
    enum Role {
        ProblemRole = Qt::UserRole + 1, // QString: what is wrong with this cell (empty: nothing)
    };

    // The first problem of the schema, in row order, with the cell it belongs to.
    struct Problem
    {
        int row = -1;
        Column column = NameColumn;
        ValidationResult result;

        bool isValid() const { return result.isValid(); }
    };

    explicit ConnectorSettingsModel(QObject *parent = nullptr);

    QList<ConnectorSetting> settings() const { return m_settings; }
    void setSettings(const QList<ConnectorSetting> &settings);

    // Appends a new row (empty name and code, type STRING) at `row` (-1: the end); returns its row.
    int addSetting(int row = -1);
    bool moveSetting(int from, int to);

    Problem firstProblem() const;
    Problem problemOf(int row) const;
    QStringList codes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    static QStringList types();

signals:
    // Any edit, insertion, removal, move or reset.
    void settingsChanged();

private:
    void problemsChanged();

    QList<ConnectorSetting> m_settings;
};
