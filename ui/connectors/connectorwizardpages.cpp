#include "ui/connectors/connectorwizardpages.h"

#include "models/connectors/connectorcontracttest.h"
#include "models/connectors/connectorendpointrules.h"
#include "models/connectors/connectorlogo.h"
#include "ui/connectors/connectorbasicseditor.h"
#include "ui/connectors/connectorendpointseditor.h"
#include "ui/connectors/connectorsettingseditor.h"
#include "ui/sources/settingsform.h"
#include "ui/connectors/connectorwizard.h"
#include "ui/connectors/endpointtestview.h"
#include "ui/widgets/uipalette.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QVBoxLayout *pageLayout(QWizardPage *page, QWidget *editor)
{
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(editor);
    return layout;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

// ---- Basics -------------------------------------------------------------------------------------

ConnectorBasicsPage::ConnectorBasicsPage(ConnectorWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_editor(new ConnectorBasicsEditor(this))
{
    setObjectName(u"connectorBasicsPage"_s);
    setTitle(tr("Connector"));
    setSubTitle(tr("How the connector appears to users who create a connection with it. The portal requires a "
                   "title and a logo."));
    pageLayout(this, m_editor)->addStretch(1);
    m_editor->setLogoCache(wizard->logoCache());
    connect(m_editor, &ConnectorBasicsEditor::changed, this, &QWizardPage::completeChanged);
}

void ConnectorBasicsPage::initializePage()
{
    m_editor->setOtherTitles(m_wizard->otherTitles());
    m_editor->setConnector(m_wizard->draft());
    m_editor->titleEdit()->setFocus();
}

bool ConnectorBasicsPage::isComplete() const
{
    return !m_editor->hasErrors();
}

bool ConnectorBasicsPage::validatePage()
{
    m_editor->apply(m_wizard->draft());
    return true;
}

// ---- Endpoints ----------------------------------------------------------------------------------

ConnectorEndpointsPage::ConnectorEndpointsPage(ConnectorWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_editor(new ConnectorEndpointsEditor(this))
{
    setObjectName(u"connectorEndpointsPage"_s);
    setTitle(tr("Endpoints"));
    setSubTitle(tr("The four URLs the portal calls (POST, form-encoded). Enter a base URL to fill them in a "
                   "conventional layout."));
    pageLayout(this, m_editor)->addStretch(1);
    connect(m_editor, &ConnectorEndpointsEditor::changed, this, &QWizardPage::completeChanged);
}

void ConnectorEndpointsPage::initializePage()
{
    m_editor->setConnector(m_wizard->draft());
}

bool ConnectorEndpointsPage::isComplete() const
{
    return !m_editor->hasErrors();
}

bool ConnectorEndpointsPage::validatePage()
{
    m_editor->apply(m_wizard->draft());
    return true;
}

// ---- Settings -----------------------------------------------------------------------------------

ConnectorSettingsPage::ConnectorSettingsPage(ConnectorWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_editor(new ConnectorSettingsEditor(this))
{
    setObjectName(u"connectorSettingsPage"_s);
    setTitle(tr("Settings"));
    setSubTitle(tr("What users fill in for each connection (credentials, account ids…). The portal sends the "
                   "values to every endpoint as connection[code]. Types are STRING or INT."));
    pageLayout(this, m_editor);
    connect(m_editor, &ConnectorSettingsEditor::changed, this, &QWizardPage::completeChanged);
}

void ConnectorSettingsPage::initializePage()
{
    m_editor->setSettings(m_wizard->draft().settings);
}

bool ConnectorSettingsPage::isComplete() const
{
    return !m_editor->hasErrors();
}

bool ConnectorSettingsPage::validatePage()
{
    m_wizard->draft().settings = m_editor->settings();
    return true;
}

// ---- Test ---------------------------------------------------------------------------------------

ConnectorTestPage::ConnectorTestPage(ConnectorWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_values(new SettingsForm(this))
    , m_search(new QLineEdit(this))
    , m_run(new QPushButton(tr("&Run test"), this))
    , m_view(new EndpointTestView(this))
{
    setObjectName(u"connectorTestPage"_s);
    setTitle(tr("Test (optional)"));
    setSubTitle(tr("Enter sample values and call the endpoints from this computer the way the portal will. "
                   "Nothing is stored; you can skip this page."));
    m_search->setObjectName(u"wizardTestSearch"_s);
    m_search->setPlaceholderText(tr("not sent when empty"));
    m_run->setObjectName(u"wizardRunTest"_s);

    auto *inputs = new QGroupBox(tr("Sample values"), this);
    auto *form = new QFormLayout(inputs);
    form->addRow(m_values);
    form->addRow(tr("Search &string (urlTableList):"), m_search);
    auto *runRow = new QHBoxLayout;
    runRow->addStretch(1);
    runRow->addWidget(m_run);
    form->addRow(runRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(inputs);
    layout->addWidget(m_view, 1);

    m_view->setTest(wizard->contractTest());
    connect(m_run, &QPushButton::clicked, this, &ConnectorTestPage::runTest);
    connect(wizard->contractTest(), &ConnectorContractTest::finished, this, [this] { m_run->setEnabled(true); });
}

void ConnectorTestPage::initializePage()
{
    m_values->setSchema(m_wizard->draft().settings);
}

void ConnectorTestPage::cleanupPage()
{
    m_wizard->contractTest()->cancel();
}

bool ConnectorTestPage::validatePage()
{
    m_wizard->contractTest()->cancel(); // the test is optional: leaving stops it
    return true;
}

void ConnectorTestPage::runTest()
{
    ConnectorContractTest *test = m_wizard->contractTest();
    if (test->isRunning())
        return;
    auto options = ConnectorContractTest::Options::forConnector(m_wizard->draft(), m_values->values(),
                                                                tr("sample values"));
    if (!m_search->text().isEmpty())
        options.searchString = m_search->text();
    m_run->setEnabled(false);
    test->start(options);
}

// ---- Summary ------------------------------------------------------------------------------------

ConnectorSummaryPage::ConnectorSummaryPage(ConnectorWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QTextBrowser(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"connectorSummaryPage"_s);
    setTitle(tr("Summary"));
    setSubTitle(tr("This is what biconnector.connector.add will receive. The portal does not contact the "
                   "endpoints when the connector is created."));
    setFinalPage(true);
    m_summary->setObjectName(u"connectorSummary"_s);
    m_busy->setObjectName(u"connectorSummaryBusy"_s);
    m_busy->setRange(0, 0); // indeterminate
    m_busy->hide();
    m_status->setObjectName(u"connectorSummaryStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    connect(wizard, &ConnectorWizard::creationStateChanged, this, &ConnectorSummaryPage::showState);
}

void ConnectorSummaryPage::initializePage()
{
    m_summary->setHtml(renderSummary());
    m_status->clear();
}

bool ConnectorSummaryPage::validatePage()
{
    if (m_wizard->hasCreated())
        return true;
    // The answer arrives later; ConnectorWizard::onCreationFinished() finishes the wizard then.
    m_wizard->startCreation();
    return false;
}

QString ConnectorSummaryPage::summaryText() const
{
    return m_summary->toPlainText();
}

void ConnectorSummaryPage::showState(bool running, const QString &message)
{
    m_busy->setVisible(running);
    m_status->setText(message);
    const bool failed = !running && !m_wizard->hasCreated();
    UiPalette::setMessageRole(m_status, failed ? UiPalette::Role::Error : UiPalette::Role::Normal);
}

QString ConnectorSummaryPage::renderSummary() const
{
    const Connector &draft = m_wizard->draft();
    QString out = u"<table cellspacing=4>"_s;
    auto row = [&out](const QString &label, const QString &value) {
        out += u"<tr><td valign=top><b>%1</b></td><td>%2</td></tr>"_s.arg(html(label), value);
    };
    row(tr("Title"), html(draft.title));
    row(tr("Description"), draft.description.isEmpty() ? tr("—") : html(draft.description));
    row(tr("Sort"), QString::number(draft.sort));
    row(tr("Logo"), html(ConnectorLogo::describe(draft.logo)));
    const QStringList fields = ConnectorEndpointRules::endpointFields();
    const QStringList urls{draft.urlCheck, draft.urlTableList, draft.urlTableDescription, draft.urlData};
    QStringList warnings;
    for (int i = 0; i < fields.size(); ++i)
        row(fields.at(i), html(urls.at(i)));
    for (const auto &finding : ConnectorEndpointRules::checkEndpoints(urls))
        warnings.append(finding.message);
    QStringList settings;
    for (const ConnectorSetting &setting : draft.settings)
        settings.append(u"%1 (<code>%2</code>, %3)"_s.arg(html(setting.name), html(setting.code), setting.type));
    row(tr("Settings"), settings.isEmpty() ? tr("none") : settings.join(u"<br>"_s));
    const ConnectorContractTest *test = m_wizard->contractTest();
    const QString testState = test->results().isEmpty() ? tr("not run")
                              : test->isRunning()         ? tr("running")
                              : test->passed()            ? tr("passed")
                                                          : tr("did not pass — see the Test page");
    row(tr("Endpoint test"), html(testState));
    out += u"</table>"_s;
    if (!warnings.isEmpty()) {
        const QString color = UiPalette::htmlColor(UiPalette::Role::Warning, this);
        out += u"<p style=\"color:%1\"><b>%2</b></p><ul>"_s.arg(color, html(tr("Warnings")));
        for (const QString &warning : std::as_const(warnings))
            out += u"<li style=\"color:%1\">%2</li>"_s.arg(color, html(warning));
        out += u"</ul>"_s;
    }
    // The request itself, with a long logo shortened for reading.
    QJsonObject fieldsJson = draft.toAddFields();
    const QString logo = draft.logo;
    if (logo.size() > 96)
        fieldsJson.insert(u"logo"_s, QString(logo.left(64) + tr("… (%n characters)", nullptr, int(logo.size()))));
    out += u"<p><b>%1</b></p><pre>%2</pre>"_s.arg(
        html(tr("Request: biconnector.connector.add")),
        html(QString::fromUtf8(QJsonDocument(QJsonObject{{u"fields"_s, fieldsJson}}).toJson(QJsonDocument::Indented))));
    return out;
}
