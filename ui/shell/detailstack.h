#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QStackedWidget>

#include <type_traits>

class ConnectorDetailPane;
class DatasetDetailPane;
class EntityDetailPane;
class QLabel;
class RestClient;
class SourceDetailPane;

// The right side of the main window: the detail pane of the node selected in the tree.
//
// The connector, source and dataset panes are built the first time they are needed (a node of
// their kind is shown, or their accessor is called), not with the window: building all three
// used to be a third of the work before the window's first paint.
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

    // The panes; each is built on the first call.
    ConnectorDetailPane *connectorPane();
    SourceDetailPane *sourcePane();
    DatasetDetailPane *datasetPane();

    // The pane of type Pane if it was built already, else nullptr (never builds it).
    template <typename Pane>
    Pane *builtPane() const
    {
        if constexpr (std::is_same_v<Pane, ConnectorDetailPane>)
            return m_connector;
        else if constexpr (std::is_same_v<Pane, SourceDetailPane>)
            return m_source;
        else {
            static_assert(std::is_same_v<Pane, DatasetDetailPane>, "not a pane of the detail stack");
            return m_dataset;
        }
    }

    // Deletes the connector, source and dataset panes with whatever they hold (edits, loaded
    // objects, running requests) and shows the empty page. Called when the portal goes away, so
    // nothing shown or edited on one portal can reach another; the panes are built anew on demand.
    void clearPanes();

    // Calls setUp(Pane *) for the pane of type Pane as soon as it exists: at once if it was built,
    // and again every time it is built anew (after clearPanes()), before it shows anything.
    // Feature controllers connect to their pane's signals and hand it their session here.
    template <typename Pane, typename SetUp>
    void whenPaneBuilt(QObject *context, SetUp setUp)
    {
        if (Pane *pane = builtPane<Pane>())
            setUp(pane);
        connect(this, &DetailStack::paneBuilt, context, [setUp](EntityDetailPane *built) {
            if (auto *pane = qobject_cast<Pane *>(built))
                setUp(pane);
        });
    }

signals:
    // A connector, source or dataset pane was built (see whenPaneBuilt()).
    void paneBuilt(EntityDetailPane *pane);

private:
    template <typename Pane>
    Pane *ensurePane(Pane *&pane);

    QPointer<const QAbstractItemModel> m_portalModel;
    QPersistentModelIndex m_portalIndex;
    QPointer<RestClient> m_client;
    QLabel *m_empty;
    QLabel *m_portal;
    ConnectorDetailPane *m_connector = nullptr;
    SourceDetailPane *m_source = nullptr;
    DatasetDetailPane *m_dataset = nullptr;
};
