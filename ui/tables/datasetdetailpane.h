#pragma once

#include "api/entities/entities.h"
#include "ui/shell/entitydetailpane.h"

#include <QPointer>

class DatasetDataPreview;
class DatasetFieldsEditor;
class DatasetSourceEndpoint;
class DatasetSyncDialog;
class HierarchyModel;
class PortalSession;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

// A dataset: its metadata with an editable description (dataset.update), the fields editor
// (visibility, add, delete as pending changes applied in one dataset.fields.update, with undo),
// a data preview tab (urlData for the visible fields), "Sync with source…" and "Delete…".
// Unsaved field changes or description edits make the main window ask before leaving.
class DatasetDetailPane : public EntityDetailPane
{
    Q_OBJECT
public:
    explicit DatasetDetailPane(QWidget *parent = nullptr);
    ~DatasetDetailPane() override;

    // The portal the pane edits (and the tree it keeps in step); nulls when disconnected.
    void setSession(PortalSession *session, HierarchyModel *model);

    DatasetFieldsEditor *fieldsEditor() const { return m_editor; }
    DatasetDataPreview *dataPreview() const { return m_preview; }
    QTabWidget *tabs() const { return m_tabs; }
    DatasetSyncDialog *syncDialog() const;
    // The dataset as last read with dataset.get (fields included), with the tree's source id.
    Dataset dataset() const { return m_dataset; }
    qint64 sourceId() const { return m_sourceId; }
    bool isComplete() const { return m_complete; }

    bool hasUnsavedChanges() const override;
    QString unsavedChangesSubject() const override;
    void save(std::function<void(bool ok)> done) override;
    void discardChanges() override;

public slots:
    // Opens the sync dialog (refused while field changes are pending).
    void startSync();
    void saveDescription(std::function<void(bool ok)> done = {});
    // Loads the data preview for the fields as they will be after the pending changes.
    void loadPreview();

signals:
    void deleteRequested(qint64 datasetId, const QString &name);

protected:
    void present(const QJsonObject &item, bool complete) override;

private:
    bool descriptionEdited() const;
    void updateButtons();
    DatasetSourceEndpoint *endpoint();

    QPointer<PortalSession> m_session;
    QPointer<HierarchyModel> m_model;
    Dataset m_dataset;
    qint64 m_sourceId = 0;
    bool m_complete = false;
    qint64 m_previewFor = 0;
    QPointer<DatasetSourceEndpoint> m_endpoint;
    QPointer<DatasetSyncDialog> m_syncDialog;

    QLabel *m_name;
    QLabel *m_id;
    QLabel *m_external;
    QLabel *m_source;
    QLabel *m_created;
    QLabel *m_updated;
    QLineEdit *m_description;
    QPushButton *m_saveDescription;
    QLabel *m_descriptionError;
    QPushButton *m_sync;
    QPushButton *m_delete;
    QTabWidget *m_tabs;
    DatasetFieldsEditor *m_editor;
    DatasetDataPreview *m_preview;
};
