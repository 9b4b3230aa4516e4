#include "ui/transfer/importwizard.h"

#include "api/transport/portalsession.h"
#include "models/transfer/importapplier.h"
#include "models/transfer/importplanner.h"
#include "ui/transfer/importwizardpages.h"

using namespace Qt::StringLiterals;

ImportWizard::ImportWizard(PortalSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_filePage(new ImportFilePage(this))
    , m_planPage(new ImportPlanPage(this))
    , m_valuesPage(new ImportValuesPage(this))
    , m_applyPage(new ImportApplyPage(this))
    , m_reportPage(new ImportReportPage(this))
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import configuration"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setPage(FilePageId, m_filePage);
    setPage(PlanPageId, m_planPage);
    setPage(ValuesPageId, m_valuesPage);
    setPage(ApplyPageId, m_applyPage);
    setPage(ReportPageId, m_reportPage);
    resize(780, 560);
}

bool ImportWizard::isPlanning() const
{
    return m_planner && m_planner->isRunning();
}

bool ImportWizard::isApplying() const
{
    return m_applier && m_applier->isRunning();
}

void ImportWizard::startPlanning(const ConfigurationDocument &document, const QString &fileName)
{
    if (!m_session || isPlanning())
        return;
    m_document = document;
    m_fileName = fileName;
    delete m_planner;
    m_planner = new ImportPlanner(m_session->client(), this);
    connect(m_planner, &ImportPlanner::finished, this, [this](const ImportPlanner::Result &result) {
        if (result.ok) {
            m_plan = result.plan;
            emit planned();
        } else if (!result.canceled) {
            emit planFailed(result.error);
        }
    });
    m_planner->start(document);
}

void ImportWizard::startApplying()
{
    if (!m_session || isApplying())
        return;
    delete m_applier;
    m_applier = new ImportApplier(m_session->client(), this);
    connect(m_applier, &ImportApplier::progress, this, &ImportWizard::applyProgress);
    connect(m_applier, &ImportApplier::finished, this, [this](const ImportReport &report) {
        m_report = report;
        if (report.count(ImportReport::Entry::Status::Done) > 0)
            emit portalChanged();
        emit applied();
    });
    m_applier->start(m_plan, m_valuesPage->values());
}

void ImportWizard::cancelApplying()
{
    if (isApplying())
        m_applier->cancel();
}

void ImportWizard::reject()
{
    if (isApplying()) {
        cancelApplying();
        return;
    }
    if (isPlanning())
        m_planner->cancel();
    QWizard::reject();
}
