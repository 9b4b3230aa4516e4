#include "ui/shell/detailstack.h"

#include "api/transport/restclient.h"
#include "models/catalog/catalogjson.h"
#include "models/catalog/hierarchymodel.h"
#include "models/catalog/noderef.h"
#include "ui/connectors/connectordetailpane.h"
#include "ui/tables/datasetdetailpane.h"
#include "ui/sources/sourcedetailpane.h"

#include <QLabel>

using namespace Qt::StringLiterals;

DetailStack::DetailStack(QWidget *parent)
    : QStackedWidget(parent)
    , m_empty(new QLabel(tr("Select a connector, source or dataset to see its details."), this))
    , m_portal(new QLabel(this))
{
    setObjectName(u"detailStack"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_portal->setObjectName(u"portalSummary"_s);
    m_portal->setAlignment(Qt::AlignCenter);
    m_portal->setWordWrap(true);
    addWidget(m_empty);
    addWidget(m_portal);
}

template <typename Pane>
Pane *DetailStack::ensurePane(Pane *&pane)
{
    if (!pane) {
        pane = new Pane(this);
        pane->setClient(m_client);
        addWidget(pane);
        emit paneBuilt(pane);
    }
    return pane;
}

ConnectorDetailPane *DetailStack::connectorPane()
{
    return ensurePane(m_connector);
}

SourceDetailPane *DetailStack::sourcePane()
{
    return ensurePane(m_source);
}

DatasetDetailPane *DetailStack::datasetPane()
{
    return ensurePane(m_dataset);
}

void DetailStack::clearPanes()
{
    setCurrentWidget(m_empty);
    m_portalIndex = QPersistentModelIndex();
    if (m_portalModel)
        m_portalModel->disconnect(this);
    m_portalModel = nullptr;
    for (EntityDetailPane *pane : {static_cast<EntityDetailPane *>(m_connector),
                                   static_cast<EntityDetailPane *>(m_source),
                                   static_cast<EntityDetailPane *>(m_dataset)}) {
        if (pane) {
            removeWidget(pane);
            delete pane;   // its requests are canceled with it; late replies find no receiver
        }
    }
    m_connector = nullptr;
    m_source = nullptr;
    m_dataset = nullptr;
}

EntityDetailPane *DetailStack::currentPane() const
{
    return qobject_cast<EntityDetailPane *>(currentWidget());
}

bool DetailStack::hasUnsavedChanges() const
{
    const EntityDetailPane *pane = currentPane();
    return pane && pane->hasUnsavedChanges();
}

void DetailStack::setClient(RestClient *client)
{
    m_client = client;
    for (EntityDetailPane *pane : {static_cast<EntityDetailPane *>(m_connector),
                                   static_cast<EntityDetailPane *>(m_source),
                                   static_cast<EntityDetailPane *>(m_dataset)}) {
        if (pane)
            pane->setClient(client);
    }
}

void DetailStack::showNode(const QModelIndex &sourceIndex)
{
    const NodeRef node = NodeRef::fromIndex(sourceIndex);
    if (!node.isValid()) {
        setCurrentWidget(m_empty);
        return;
    }
    const NodeKind kind = node.kind;
    const qint64 id = node.id;
    const auto *tree = qobject_cast<const HierarchyModel *>(sourceIndex.model());
    const QJsonObject entity = tree && tree->catalog() ? CatalogJson::listItem(*tree->catalog(), kind, id) : QJsonObject();
    switch (kind) {
    case NodeKind::Portal: {
        // Keep the summary current while the connectors are still loading.
        if (m_portalModel != sourceIndex.model()) {
            if (m_portalModel)
                m_portalModel->disconnect(this);
            m_portalModel = sourceIndex.model();
            auto update = [this] {
                if (currentWidget() == m_portal && m_portalIndex.isValid())
                    showNode(m_portalIndex);
            };
            connect(m_portalModel, &QAbstractItemModel::rowsInserted, this, update);
            connect(m_portalModel, &QAbstractItemModel::rowsRemoved, this, update);
            connect(m_portalModel, &QAbstractItemModel::dataChanged, this, update);
        }
        m_portalIndex = sourceIndex;
        const QAbstractItemModel *model = sourceIndex.model();
        int connectors = 0;
        for (int row = 0; row < model->rowCount(sourceIndex); ++row) {
            if (NodeRef::fromIndex(model->index(row, 0, sourceIndex)).is(NodeKind::Connector))
                ++connectors;
        }
        const auto state = sourceIndex.data(HierarchyModel::LoadStateRole).value<LoadState>();
        if (state == LoadState::Loading || state == LoadState::NotLoaded) {
            m_portal->setText(tr("<h3>%1</h3><p>Loading connectors…</p>")
                                  .arg(sourceIndex.data(Qt::DisplayRole).toString().toHtmlEscaped()));
            setCurrentWidget(m_portal);
            return;
        }
        m_portal->setText(tr("<h3>%1</h3><p>%n connector(s) loaded.</p><p>Expand a connector to see its sources, "
                             "and a source to see its datasets. Press Ctrl+F to search everything.</p>",
                             nullptr, connectors)
                              .arg(sourceIndex.data(Qt::DisplayRole).toString().toHtmlEscaped()));
        setCurrentWidget(m_portal);
        return;
    }
    case NodeKind::Connector:
        connectorPane()->showEntity(id, entity);
        setCurrentWidget(m_connector);
        return;
    case NodeKind::Source:
        sourcePane()->showEntity(id, entity);
        setCurrentWidget(m_source);
        return;
    case NodeKind::Dataset:
        datasetPane()->showEntity(id, entity);
        setCurrentWidget(m_dataset);
        return;
    case NodeKind::Placeholder:
        break;
    }
    setCurrentWidget(m_empty);
}
