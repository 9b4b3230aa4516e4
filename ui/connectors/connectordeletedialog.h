#pragma once

#include "models/operations/cascadedelete.h"
#include "models/connectors/connectorusage.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class RestClient;

// Deleting a connector that still has sources: lists the sources and their datasets (the portal
// refuses the connector while they exist) and offers to delete everything in the portal's order —
// datasets, then their source, …, then the connector — with progress, Stop (after the running
// step) and a stop at the first error. Each deleted object is announced so the tree can drop it.
class ConnectorDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectorDeleteDialog(RestClient *client, const ConnectorUsage &usage, const QString &connectorTitle,
                          QWidget *parent = nullptr);

    CascadeDelete *deletion() const { return m_deletion; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *stopButton() const { return m_stop; }
    QString statusText() const;

public slots:
    void startDeletion();
    void reject() override; // while deleting: stop after the running step instead of closing

signals:
    void objectDeleted(NodeKind kind, qint64 id);
    void deletionFinished(PortalOperation::Outcome outcome);

private:
    void onStepStarted(int index, const CascadeDelete::Step &step);
    void onStepDone(int index, const CascadeDelete::Step &step);
    void onFinished(const PortalOperation::Result &result);
    QTreeWidgetItem *itemFor(const CascadeDelete::Step &step) const;
    void setStatus(const QString &text, bool error);

    CascadeDelete *m_deletion;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_delete;
    QPushButton *m_stop;
    QString m_title;
};
