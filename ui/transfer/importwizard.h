#pragma once

#include "models/transfer/configurationdocument.h"
#include "models/transfer/importapplier.h"
#include "models/transfer/importplan.h"

#include <QPointer>
#include <QWizard>

class ImportApplier;
class ImportApplyPage;
class ImportFilePage;
class ImportPlanPage;
class ImportPlanner;
class ImportReportPage;
class ImportValuesPage;
class PortalSession;

// "Import configuration": (1) choose a file — Next reads it and plans the import against the
// portal (ImportPlanner, a spinner while it runs), (2) the plan as a tree with counts and a
// copyable dry-run report, (3) setting values for the sources to create (masked), (4) the import
// with progress and Cancel (ImportApplier), (5) the final report. Conflicts are never applied.
// The wizard owns the draft (file, document, plan, values, report). Open it with open()/show().
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, PlanPageId, ValuesPageId, ApplyPageId, ReportPageId };

    explicit ImportWizard(PortalSession *session, QWidget *parent = nullptr);

    // The draft.
    const ConfigurationDocument &document() const { return m_document; }
    const ImportPlan &plan() const { return m_plan; }
    const ImportReport &report() const { return m_report; }
    bool isPlanning() const;
    bool isApplying() const;

    ImportFilePage *filePage() const { return m_filePage; }
    ImportPlanPage *planPage() const { return m_planPage; }
    ImportValuesPage *valuesPage() const { return m_valuesPage; }
    ImportApplyPage *applyPage() const { return m_applyPage; }
    ImportReportPage *reportPage() const { return m_reportPage; }

    // Plans `document` (read from `fileName`); planned() or planFailed() follows.
    void startPlanning(const ConfigurationDocument &document, const QString &fileName);
    // Applies the plan with the values page's setting values; applied() follows.
    void startApplying();
    void cancelApplying();

public slots:
    // While the import runs, Cancel stops it after the current write (the report follows).
    void reject() override;

signals:
    void planned();
    void planFailed(const QString &message);
    void applyProgress(int done, int total, const QString &current);
    void applied();
    // The import wrote something: the tree should be refreshed.
    void portalChanged();

private:
    QPointer<PortalSession> m_session;
    ConfigurationDocument m_document;
    QString m_fileName;
    ImportPlan m_plan;
    ImportReport m_report;
    ImportPlanner *m_planner = nullptr;
    ImportApplier *m_applier = nullptr;
    ImportFilePage *m_filePage;
    ImportPlanPage *m_planPage;
    ImportValuesPage *m_valuesPage;
    ImportApplyPage *m_applyPage;
    ImportReportPage *m_reportPage;
};
