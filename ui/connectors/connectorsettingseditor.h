#pragma once

#include "api/entities/entities.h"

#include <QWidget>

class ConnectorSettingsModel;
class QLabel;
class QPushButton;
class QTableView;

// The settings schema of a connector as an editable table (name, code, type STRING/INT) with
// Add / Remove / Move up / Move down, and the first problem in words under it; invalid cells are
// tinted. Used by the wizard and the detail pane.
class ConnectorSettingsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectorSettingsEditor(QWidget *parent = nullptr);

    void setSettings(const QList<ConnectorSetting> &settings);
    QList<ConnectorSetting> settings() const;
    bool hasErrors() const;

    ConnectorSettingsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public slots:
    void addSetting();
    void removeSelected();
    void moveSelected(int delta);

signals:
    void changed();

private:
    int currentRow() const;
    void updateState();

    ConnectorSettingsModel *m_model;
    QTableView *m_view;
    QPushButton *m_add, *m_remove, *m_up, *m_down;
    QLabel *m_problem;
};
