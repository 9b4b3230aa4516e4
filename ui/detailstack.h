#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QStackedWidget>

class ConnectorDetailPane;
class DatasetDetailPane;
class EntityDetailPane;
class QLabel;
class RestClient;
class SourceDetailPane;

// The right side of the main window: the detail pane of the node selected in the tree.
class DetailStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit DetailStack(QWidget *parent = nullptr);

    void setClient(RestClient *client);
    // `sourceIndex` is an index of the HierarchyModel (invalid = nothing selected).
    void showNode(const QModelIndex &sourceIndex);

    // The entity pane on show (nullptr for the empty and portal pages).
    EntityDetailPane *currentPane() const;
    bool hasUnsavedChanges() const;

    ConnectorDetailPane *connectorPane() const { return m_connector; }
    SourceDetailPane *sourcePane() const { return m_source; }
    DatasetDetailPane *datasetPane() const { return m_dataset; }

private:
    QPointer<const QAbstractItemModel> m_portalModel;
    QPersistentModelIndex m_portalIndex;
    QLabel *m_empty;
    QLabel *m_portal;
    ConnectorDetailPane *m_connector;
    SourceDetailPane *m_source;
    DatasetDetailPane *m_dataset;
};
