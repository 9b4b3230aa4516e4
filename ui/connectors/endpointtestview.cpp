#include "ui/connectors/endpointtestview.h"

#include "models/connectors/connectorcontractreport.h"
#include "models/connectors/connectorcontracttest.h"
#include "ui/widgets/uipalette.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Test = ConnectorContractTest;

namespace {

enum Column { StepColumn, FieldColumn, ResultColumn, StatusColumn, TimeColumn, SizeColumn, ColumnCount };

UiPalette::Role verdictRole(Test::Verdict verdict)
{
    switch (verdict) {
    case Test::Verdict::Passed:
        return UiPalette::Role::Success;
    case Test::Verdict::Warning:
        return UiPalette::Role::Warning;
    case Test::Verdict::Failed:
        return UiPalette::Role::Error;
    case Test::Verdict::Running:
        return UiPalette::Role::Info;
    default:
        return UiPalette::Role::Muted;
    }
}

QIcon verdictIcon(Test::Verdict verdict, const QPalette &palette)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(UiPalette::accent(verdictRole(verdict), palette));
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

EndpointTestView::EndpointTestView(QWidget *parent)
    : QWidget(parent)
    , m_steps(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Ca&ncel test"), this))
    , m_copy(new QPushButton(tr("&Copy report"), this))
    , m_save(new QPushButton(tr("&Save report…"), this))
{
    setObjectName(u"endpointTestView"_s);
    m_steps->setObjectName(u"endpointTestSteps"_s);
    m_steps->setColumnCount(ColumnCount);
    m_steps->setHeaderLabels({tr("Step"), tr("Endpoint"), tr("Result"), tr("HTTP"), tr("Time"), tr("Size")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    m_steps->header()->setStretchLastSection(false);
    // Room for every step without scrolling.
    const int rowHeight = m_steps->fontMetrics().height() + 6;
    m_steps->setFixedHeight(rowHeight * int(Test::steps().size() + 1) + 2 * m_steps->frameWidth() + 4);
    m_details->setObjectName(u"endpointTestDetails"_s);
    m_details->setOpenLinks(false);
    m_summary->setObjectName(u"endpointTestSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_progress->setObjectName(u"endpointTestProgress"_s);
    m_progress->setRange(0, int(Test::steps().size()));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m steps"));
    m_cancel->setObjectName(u"endpointTestCancel"_s);
    m_copy->setObjectName(u"endpointTestCopy"_s);
    m_save->setObjectName(u"endpointTestSave"_s);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_copy);
    progressRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps);
    layout->addWidget(m_details, 1);
    layout->addLayout(progressRow);

    connect(m_steps, &QTreeWidget::currentItemChanged, this, &EndpointTestView::showDetails);
    connect(m_copy, &QPushButton::clicked, this, &EndpointTestView::copyReport);
    connect(m_save, &QPushButton::clicked, this, &EndpointTestView::chooseReportFile);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_test)
            m_test->cancel();
    });
    rebuild();
}

void EndpointTestView::setTest(ConnectorContractTest *test)
{
    if (m_test)
        m_test->disconnect(this);
    m_test = test;
    if (test) {
        connect(test, &Test::stepStarted, this, [this](int index) {
            rebuildIfNeeded();
            updateRow(index);
            updateProgress();
        });
        connect(test, &Test::stepFinished, this, [this](int index) {
            rebuildIfNeeded();
            updateRow(index);
            updateProgress();
            if (m_steps->currentItem() == m_steps->topLevelItem(index) || !m_steps->currentItem())
                showDetails();
        });
        connect(test, &Test::finished, this, [this] {
            updateProgress();
            // Point at the first problem, or at the first step when all is well.
            const auto &results = m_test->results();
            for (int i = 0; i < results.size(); ++i) {
                if (results.at(i).verdict == Test::Verdict::Failed || results.at(i).verdict == Test::Verdict::Warning) {
                    m_steps->setCurrentItem(m_steps->topLevelItem(i));
                    return;
                }
            }
            m_steps->setCurrentItem(m_steps->topLevelItem(0));
        });
    }
    rebuild();
}

void EndpointTestView::rebuildIfNeeded()
{
    if (m_test && m_steps->topLevelItemCount() != m_test->results().size())
        rebuild();
}

void EndpointTestView::rebuild()
{
    m_steps->clear();
    const QList<Test::Step> steps = Test::steps();
    for (int i = 0; i < steps.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(StepColumn, Test::stepTitle(steps.at(i)));
        item->setText(FieldColumn, Test::endpointField(steps.at(i)));
        updateRow(i);
    }
    updateProgress();
    showDetails();
}

void EndpointTestView::updateRow(int index)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    if (!item)
        return;
    const bool known = m_test && index < m_test->results().size();
    const Test::StepResult result = known ? m_test->results().at(index) : Test::StepResult{};
    item->setIcon(ResultColumn, verdictIcon(result.verdict, m_steps->palette()));
    item->setText(ResultColumn, Test::verdictText(result.verdict));
    item->setForeground(ResultColumn, UiPalette::text(verdictRole(result.verdict), m_steps->palette()));
    const auto &d = result.endpoint.diagnostics;
    item->setText(StatusColumn, result.ran && d.httpStatus ? QString::number(d.httpStatus) : u"—"_s);
    item->setText(TimeColumn, result.ran ? ConnectorContractReport::formatElapsed(d.elapsedMs) : u"—"_s);
    item->setText(SizeColumn, result.ran ? ConnectorContractReport::formatSize(d.bytes) : u"—"_s);
    item->setToolTip(ResultColumn, result.summary);
}

void EndpointTestView::updateProgress()
{
    const bool running = m_test && m_test->isRunning();
    int done = 0;
    if (m_test) {
        for (const auto &result : m_test->results())
            done += (result.verdict != Test::Verdict::Pending && result.verdict != Test::Verdict::Running) ? 1 : 0;
    }
    m_progress->setValue(done);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    const bool hasResults = m_test && !running && !m_test->results().isEmpty();
    m_copy->setEnabled(hasResults);
    m_save->setEnabled(hasResults);

    if (!m_test || m_test->results().isEmpty()) {
        m_summary->setText(tr("Not run yet."));
        return;
    }
    if (running) {
        m_summary->setText(tr("Testing the endpoints the way the portal calls them…"));
        return;
    }
    const int failed = m_test->count(Test::Verdict::Failed);
    const int warnings = m_test->count(Test::Verdict::Warning);
    const int canceled = m_test->count(Test::Verdict::Canceled);
    QString text;
    UiPalette::Role role = UiPalette::Role::Success;
    if (canceled > 0) {
        text = tr("The test was canceled.");
        role = UiPalette::Role::Muted;
    } else if (failed > 0) {
        text = tr("%n step(s) failed: the portal would reject these answers.", nullptr, failed);
        role = UiPalette::Role::Error;
    } else if (warnings > 0) {
        text = tr("The portal would accept every answer, with %n warning(s).", nullptr, warnings);
        role = UiPalette::Role::Warning;
    } else {
        text = tr("All steps passed: the portal would accept every answer.");
    }
    const Test::StepResult &wrong = m_test->results().constLast();
    if (wrong.step == Test::Step::WrongCredentials && wrong.verdict == Test::Verdict::Warning)
        text += u' ' + tr("The check accepts wrong credentials.");
    m_summary->setText(u"<b style=\"color:%1\">%2</b>"_s.arg(UiPalette::htmlColor(role, m_summary), html(text)));
}

void EndpointTestView::showDetails()
{
    const int index = m_steps->indexOfTopLevelItem(m_steps->currentItem());
    if (!m_test || index < 0 || index >= m_test->results().size()) {
        m_details->setHtml(u"<p style=\"color:%1\">%2</p>"_s.arg(
            UiPalette::htmlColor(UiPalette::Role::Muted, m_details),
            html(tr("Select a step to see what was sent and what came back."))));
        return;
    }
    const Test::StepResult &step = m_test->results().at(index);
    QString out = u"<h3>%1 — %2</h3>"_s.arg(html(Test::stepTitle(step.step)), html(Test::verdictText(step.verdict)));
    if (!step.summary.isEmpty())
        out += u"<p>%1</p>"_s.arg(html(step.summary));
    if (step.ran) {
        const auto &d = step.endpoint.diagnostics;
        QStringList form;
        for (const auto &[name, value] : d.requestFields)
            form.append(name + u'=' + value);
        out += u"<table cellspacing=4>"_s;
        auto row = [&out](const QString &label, const QString &value) {
            out += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(html(label), html(value));
        };
        row(tr("URL"), d.url.toString());
        row(tr("Sent (POST form)"), form.isEmpty() ? tr("(empty)") : form.join(u'&'));
        row(tr("HTTP status"), d.transportError.isEmpty() ? QString::number(d.httpStatus) : tr("none: %1").arg(d.transportError));
        row(tr("Time"), ConnectorContractReport::formatElapsed(d.elapsedMs));
        row(tr("Size"), ConnectorContractReport::formatSize(d.bytes));
        if (!d.contentType.isEmpty())
            row(tr("Content type"), d.contentType);
        out += u"</table>"_s;
        if (step.step != Test::Step::WrongCredentials && !step.endpoint.violations.isEmpty()) {
            out += u"<h4>%1</h4><ul>"_s.arg(html(tr("Protocol violations")));
            for (const EndpointViolation &violation : step.endpoint.violations)
                out += u"<li><b style=\"color:%1\">%2</b> — %3</li>"_s.arg(
                    UiPalette::htmlColor(violation.isError() ? UiPalette::Role::Error : UiPalette::Role::Warning,
                                         m_details),
                    html(violation.name()), html(violation.message));
            out += u"</ul>"_s;
        }
        if (!d.bodyExcerpt.isEmpty())
            out += u"<h4>%1</h4><pre style=\"white-space: pre-wrap\">%2</pre>"_s.arg(html(tr("Response body")),
                                                     html(QString::fromUtf8(d.bodyExcerpt)));
    }
    m_details->setHtml(out);
}

QString EndpointTestView::reportMarkdown() const
{
    return m_test ? ConnectorContractReport::markdown(*m_test) : QString();
}

void EndpointTestView::copyReport()
{
    QApplication::clipboard()->setText(reportMarkdown());
}

bool EndpointTestView::saveReport(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(reportMarkdown().toUtf8()) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void EndpointTestView::chooseReportFile()
{
    auto *dialog = new QFileDialog(this, tr("Save the test report"), u"endpoint-test.md"_s,
                                   tr("Markdown (*.md);;All files (*)"));
    dialog->setObjectName(u"reportFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"md"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!saveReport(path, &error))
            m_summary->setText(u"<b style=\"color:%1\">%2</b>"_s.arg(
                UiPalette::htmlColor(UiPalette::Role::Error, m_summary),
                html(tr("The report could not be saved: %1").arg(error))));
    });
    dialog->open();
}
