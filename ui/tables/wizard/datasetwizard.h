#pragma once

#include "api/entities/entities.h"

#include <QWizard>

class DatasetDraft;
class DatasetFieldsPage;
class DatasetNamePage;
class DatasetPreviewPage;
class DatasetTablePage;
class PortalSession;

// "New dataset" from a source: (1) pick a table (server-side search), (2) columns — visibility,
// names checked against the server's rules, (3) a preview of what BI Builder would receive,
// (4) name and description, then dataset.add. Owns the DatasetDraft; open it with open() and
// listen to created().
class DatasetWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { TablePageId, FieldsPageId, PreviewPageId, NamePageId };

    DatasetWizard(PortalSession *session, qint64 sourceId, const QString &sourceTitle, QWidget *parent = nullptr);

    DatasetDraft *draft() const { return m_draft; }
    DatasetTablePage *tablePage() const { return m_tablePage; }
    DatasetFieldsPage *fieldsPage() const { return m_fieldsPage; }
    DatasetPreviewPage *previewPage() const { return m_previewPage; }
    DatasetNamePage *namePage() const { return m_namePage; }
    // The "cancel the new dataset?" question is open.
    bool isConfirmingCancel() const { return m_confirmingCancel; }

public slots:
    // Ignored while dataset.add is in flight (its answer decides what the tree shows); asks first
    // once the user is past the table page.
    void reject() override;

signals:
    void created(const Dataset &dataset);

private:
    DatasetDraft *m_draft;
    DatasetTablePage *m_tablePage;
    DatasetFieldsPage *m_fieldsPage;
    DatasetPreviewPage *m_previewPage;
    DatasetNamePage *m_namePage;
    bool m_confirmingCancel = false;
};
