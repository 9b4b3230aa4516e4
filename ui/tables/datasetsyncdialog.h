#pragma once

#include "api/entities/entities.h"
#include "models/tables/datasetfieldssync.h"

#include <QDialog>
#include <QPointer>

class PortalOperation;
class DatasetSourceEndpoint;
class EndpointCall;
class PortalSession;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
struct EndpointResult;

// "Sync with source": reads the connector's current description of the dataset's table
// (urlTableDescription with the source's settings), lists the differences — new columns (add),
// vanished ones (delete), changed types (types are immutable: delete and re-add under a new
// name) — and applies the chosen ones with dataset.fields.update: one call, plus a second one
// only to re-add type-changed columns (the portal refuses an external code that the same call
// deletes). Names of added columns are editable and checked.
class DatasetSyncDialog : public QDialog
{
    Q_OBJECT
public:
    DatasetSyncDialog(PortalSession *session, const Dataset &dataset, qint64 sourceId, QWidget *parent = nullptr);
    ~DatasetSyncDialog() override;

    // Reads the description (called on construction; again by Retry).
    void start();
    bool isBusy() const { return !m_endpointCall.isNull() || !m_apiCall.isNull(); }
    QList<FieldSyncItem> items() const;   // with the user's choices and names
    QTreeWidget *itemList() const { return m_list; }
    QPushButton *applyButton() const { return m_apply; }
    QString statusText() const;

public slots:
    void applyChosen();

signals:
    // Changes were written; the dataset must be read again.
    void applied();

private:
    void describe();
    void showDiff(const EndpointResult &result);
    void runCall(int index);
    void showStatus(const QString &text, bool error);
    void updateButtons();

    QPointer<PortalSession> m_session;
    Dataset m_dataset;
    DatasetSourceEndpoint *m_endpoint;
    QList<FieldSyncItem> m_items;
    QList<DatasetFieldsChange> m_calls;
    QString m_summary;
    QPointer<EndpointCall> m_endpointCall;
    QPointer<PortalOperation> m_apiCall;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_retry;
    QPushButton *m_apply;
    QDialogButtonBox *m_buttons;
    bool m_wroteSomething = false;
};
