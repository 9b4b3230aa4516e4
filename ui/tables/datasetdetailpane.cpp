#include "ui/tables/datasetdetailpane.h"

#include "api/entities/biconnectorapi.h"
#include "api/transport/portalsession.h"
#include "models/tables/datasetfieldsmodel.h"
#include "models/catalog/hierarchymodel.h"
#include "models/catalog/portalcatalog.h"
#include "models/operations/datasetoperations.h"
#include "ui/tables/datasetdatapreview.h"
#include "ui/tables/datasetfieldseditor.h"
#include "ui/tables/wizard/datasetsourceendpoint.h"
#include "ui/tables/datasetsyncdialog.h"
#include "ui/shell/detailwidgets.h"
#include "ui/widgets/messageboxes.h"
#include "ui/widgets/uipalette.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace DetailWidgets;

DatasetDetailPane::DatasetDetailPane(QWidget *parent)
    : EntityDetailPane(u"biconnector.dataset.get"_s, parent)
    , m_description(new QLineEdit(this))
    , m_saveDescription(new QPushButton(tr("Save"), this))
    , m_descriptionError(new QLabel(this))
    , m_sync(new QPushButton(tr("S&ync with source…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_tabs(new QTabWidget(this))
    , m_editor(new DatasetFieldsEditor(this))
    , m_preview(new DatasetDataPreview(this))
{
    setObjectName(u"datasetDetailPane"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    // Title row: the name with the dataset-wide actions.
    m_name = new QLabel(content);
    m_name->setObjectName(u"datasetName"_s);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_name->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_name->setFont(titleFont);
    m_sync->setObjectName(u"datasetSync"_s);
    m_sync->setToolTip(tr("Compare the fields with the connector's current columns and add or delete the "
                          "differences"));
    m_delete->setObjectName(u"datasetDelete"_s);
    m_delete->setToolTip(tr("Delete this dataset from Bitrix24"));
    auto *title = new QHBoxLayout;
    title->addWidget(m_name, 1);
    title->addWidget(m_sync);
    title->addWidget(m_delete);

    // Metadata in two label/value columns, then the editable description.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    const auto addValue = [content, grid](int row, int column, const QString &label, const QString &objectName) {
        auto *value = new QLabel(content);
        value->setObjectName(objectName);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        auto *caption = new QLabel(label, content);
        UiPalette::setMessageRole(caption, UiPalette::Role::Muted);
        grid->addWidget(caption, row, column);
        grid->addWidget(value, row, column + 1);
        return value;
    };
    m_id = addValue(0, 0, tr("ID:"), u"datasetId"_s);
    m_external = addValue(0, 2, tr("External table:"), u"datasetExternal"_s);
    m_source = addValue(1, 0, tr("Source:"), u"datasetSource"_s);
    m_created = addValue(1, 2, tr("Created:"), u"datasetCreated"_s);
    m_updated = addValue(2, 2, tr("Updated:"), u"datasetUpdated"_s);
    m_description->setObjectName(u"datasetDescriptionEdit"_s);
    m_description->setPlaceholderText(tr("No description"));
    m_saveDescription->setObjectName(u"datasetSaveDescription"_s);
    m_saveDescription->setToolTip(tr("Save the description (biconnector.dataset.update)"));
    auto *descriptionLabel = new QLabel(tr("D&escription:"), content);
    descriptionLabel->setBuddy(m_description);
    auto *descriptionRow = new QHBoxLayout;
    descriptionRow->addWidget(m_description, 1);
    descriptionRow->addWidget(m_saveDescription);
    grid->addWidget(descriptionLabel, 3, 0);
    grid->addLayout(descriptionRow, 3, 1, 1, 3);
    m_descriptionError->setObjectName(u"datasetDescriptionError"_s);
    m_descriptionError->setWordWrap(true);
    UiPalette::setMessageRole(m_descriptionError, UiPalette::Role::Error);
    m_descriptionError->hide();
    grid->addWidget(m_descriptionError, 4, 1, 1, 3);

    m_tabs->setObjectName(u"datasetTabs"_s);
    m_tabs->addTab(m_editor, tr("&Fields"));
    m_preview->setLimitEditable(true);
    m_tabs->addTab(m_preview, tr("Data &preview"));

    layout->addLayout(title);
    layout->addLayout(grid);
    layout->addWidget(m_tabs, 1);
    setContent(content);

    connect(m_description, &QLineEdit::textChanged, this, &DatasetDetailPane::updateButtons);
    connect(m_description, &QLineEdit::returnPressed, this, [this] { saveDescription(); });
    connect(m_saveDescription, &QPushButton::clicked, this, [this] { saveDescription(); });
    connect(m_sync, &QPushButton::clicked, this, &DatasetDetailPane::startSync);
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_dataset.id, m_dataset.name); });
    connect(m_editor, &DatasetFieldsEditor::pendingChangesChanged, this, &DatasetDetailPane::updateButtons);
    connect(m_editor, &DatasetFieldsEditor::applied, this, [this](bool added) {
        if (added)
            reload();   // the new columns' ids
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_preview && m_complete && m_previewFor != m_dataset.id)
            loadPreview();
    });
    // The preview shows the visible fields as they will be once the pending changes are applied.
    m_preview->setFieldsSource([this] {
        QList<DatasetField> visible;
        for (const DatasetField &field : m_editor->model()->fieldsAfterChange()) {
            if (field.visible)
                visible.append(field);
        }
        return visible;
    });
    connect(m_preview, &DatasetDataPreview::loaded, this, [this] { m_previewFor = m_dataset.id; });
    updateButtons();
}

DatasetDetailPane::~DatasetDetailPane() = default;

DatasetSyncDialog *DatasetDetailPane::syncDialog() const
{
    return m_syncDialog;
}

void DatasetDetailPane::setSession(PortalSession *session, HierarchyModel *model)
{
    m_session = session;
    m_model = model;
    m_editor->setSession(session);
    delete m_endpoint;
    m_previewFor = 0;
}

DatasetSourceEndpoint *DatasetDetailPane::endpoint()
{
    if (m_endpoint && m_endpoint->sourceId() != m_sourceId)
        delete m_endpoint;
    if (!m_endpoint && m_session && m_sourceId > 0)
        m_endpoint = new DatasetSourceEndpoint(m_session, m_sourceId, this);
    return m_endpoint;
}

void DatasetDetailPane::present(const QJsonObject &item, bool complete)
{
    const Dataset dataset = Dataset::fromJson(item);
    const bool sameDataset = dataset.id == m_dataset.id;
    if (!complete) {
        // List item from the tree: it knows the source (dataset.get does not).
        if (!sameDataset || dataset.sourceId > 0)
            m_sourceId = dataset.sourceId;
        if (!sameDataset) {
            m_complete = false;
            m_previewFor = 0;
            m_editor->clear();
            m_preview->showMessage(tr("Loading the dataset…"));
            m_descriptionError->hide();
        }
    }
    const bool keepDescription = sameDataset && descriptionEdited();
    const Dataset previous = m_dataset;
    m_dataset = dataset;
    if (!complete && sameDataset)
        m_dataset.fields = previous.fields;   // a list item carries no fields
    if (keepDescription)
        m_dataset.description = previous.description;

    m_name->setText(dataset.name);
    m_id->setText(QString::number(dataset.id));
    m_external->setText(dataset.externalName.isEmpty() || dataset.externalName == dataset.externalCode
                            ? orDash(dataset.externalCode)
                            : tr("%1 (%2)").arg(dataset.externalName, dataset.externalCode));
    const QModelIndex source = m_model ? m_model->indexFor(NodeKind::Source, m_sourceId) : QModelIndex();
    m_source->setText(source.isValid() ? source.data().toString() : orDash(m_sourceId > 0 ? QString::number(m_sourceId) : QString()));
    m_created->setText(formatDate(dataset.dateCreate));
    m_updated->setText(formatDate(dataset.dateUpdate));
    if (!keepDescription)
        m_description->setText(dataset.description);

    if (complete) {
        m_complete = true;
        // Re-reading the dataset keeps what the user has not applied yet.
        if (!(sameDataset && m_editor->hasPendingChanges()))
            m_editor->setDataset(dataset.id, dataset.fields);
        if (m_tabs->currentWidget() == m_preview)
            loadPreview();
    }
    updateButtons();
}

bool DatasetDetailPane::descriptionEdited() const
{
    return m_dataset.id > 0 && m_description->text() != m_dataset.description;
}

void DatasetDetailPane::updateButtons()
{
    m_saveDescription->setEnabled(descriptionEdited());
    m_sync->setEnabled(m_complete && m_sourceId > 0);
    m_delete->setEnabled(m_dataset.id > 0);
}

bool DatasetDetailPane::hasUnsavedChanges() const
{
    return m_editor->hasPendingChanges() || descriptionEdited();
}

QString DatasetDetailPane::unsavedChangesSubject() const
{
    return tr("The dataset “%1”").arg(m_dataset.name);
}

void DatasetDetailPane::save(std::function<void(bool)> done)
{
    m_editor->apply([this, done](bool ok) {
        if (!ok) {
            done(false);
            return;
        }
        saveDescription(done);
    });
}

void DatasetDetailPane::discardChanges()
{
    m_editor->revert();
    m_description->setText(m_dataset.description);
    m_descriptionError->hide();
}

void DatasetDetailPane::saveDescription(std::function<void(bool)> done)
{
    if (!descriptionEdited()) {
        if (done)
            done(true);
        return;
    }
    if (!m_session) {
        if (done)
            done(false);
        return;
    }
    const QString description = m_description->text();
    const qint64 id = m_dataset.id;
    m_saveDescription->setEnabled(false);
    // The operation teaches the catalog (and so the tree) the new description when it is applied.
    auto *update = new DatasetUpdate(m_session->biconnector(), m_model ? m_model->catalog() : nullptr, id,
                                     m_dataset.name, description, this);
    connect(update, &PortalOperation::finished, this,
            [this, update, id, description, done](const PortalOperation::Result &result) {
            update->deleteLater();
            const bool ok = result.applied();
            if (ok && id == m_dataset.id) {
                m_dataset.description = description;
                m_descriptionError->hide();
            } else if (!ok) {
                m_descriptionError->setText(tr("The description was not saved: %1").arg(result.message()));
                m_descriptionError->show();
            }
            updateButtons();
            if (done)
                done(ok);
        });
    update->start();
}

void DatasetDetailPane::startSync()
{
    if (!m_complete || !m_session)
        return;
    if (m_editor->hasPendingChanges()) {
        MessageBoxes::ask(this, QMessageBox::Information, tr("Sync with source"),
                          tr("Apply or revert the pending field changes first: the sync writes to the portal "
                             "directly."),
                          QMessageBox::Ok, QMessageBox::Ok, [](MessageBoxes::Answer) {});
        return;
    }
    auto *dialog = new DatasetSyncDialog(m_session, m_dataset, m_sourceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_syncDialog = dialog;
    connect(dialog, &DatasetSyncDialog::applied, this, &DatasetDetailPane::reload);
    dialog->open();
}

void DatasetDetailPane::loadPreview()
{
    DatasetSourceEndpoint *source = endpoint();
    if (!source) {
        m_preview->showMessage(tr("The dataset's source is not known yet."));
        return;
    }
    m_preview->load(source, m_dataset.externalCode, {});
}
