#include "ui/transfer/configurationexportdialog.h"

#include "api/entities/biconnectorapi.h"
#include "api/transport/portalsession.h"
#include "models/transfer/configurationexporter.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/uipalette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int ConnectorIdRole = Qt::UserRole + 1;
} // namespace

ConfigurationExportDialog::ConfigurationExportDialog(PortalSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_connectors(new QListWidget(this))
    , m_includeValues(new QCheckBox(tr("&Include source setting values (passwords, tokens, …)"), this))
    , m_secretsWarning(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_export(m_buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"configurationExportDialog"_s);
    setWindowTitle(tr("Export configuration"));
    setWindowModality(Qt::WindowModal);

    auto *intro = new QLabel(tr("Connectors are exported with their sources, datasets and columns. A file without "
                                "setting values can be shared safely: nobody can connect with it."),
                             this);
    intro->setWordWrap(true);
    auto *listLabel = new QLabel(tr("&Connectors to export:"), this);
    listLabel->setBuddy(m_connectors);
    m_connectors->setObjectName(u"exportConnectorList"_s);
    m_includeValues->setObjectName(u"includeSettingValuesCheck"_s);
    m_secretsWarning->setObjectName(u"secretsWarning"_s);
    m_secretsWarning->setWordWrap(true);
    m_secretsWarning->setText(tr("The file will contain the sources' passwords and tokens in plain text. Keep it "
                                 "private and delete it after the import."));
    UiPalette::setBannerRole(m_secretsWarning, UiPalette::Role::Warning);
    m_secretsWarning->setVisible(false);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setVisible(false);
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setObjectName(u"exportButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"exportCancelButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_connectors, 1);
    layout->addWidget(m_includeValues);
    layout->addWidget(m_secretsWarning);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(520, 460);

    connect(m_includeValues, &QCheckBox::toggled, m_secretsWarning, &QWidget::setVisible);
    connect(m_connectors, &QListWidget::itemChanged, this, &ConfigurationExportDialog::updateButtons);
    connect(m_export, &QPushButton::clicked, this, &ConfigurationExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConfigurationExportDialog::reject);
    loadConnectors();
}

void ConfigurationExportDialog::loadConnectors()
{
    if (!m_session)
        return;
    m_loading = true;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    setStatus(tr("Loading the connectors…"));
    updateButtons();
    const auto call = m_session->biconnector().listAllConnectors();
    call.onFinished(this, [this](const Outcome<QList<Connector>> &outcome) {
        m_loading = false;
        m_progress->setVisible(false);
        if (!outcome.ok()) {
            setStatus(tr("The connectors could not be loaded: %1").arg(outcome.error.userMessage()), true);
            return updateButtons();
        }
        QList<Connector> connectors = outcome.value;
        std::sort(connectors.begin(), connectors.end(),
                  [](const Connector &a, const Connector &b) { return a.title < b.title; });
        for (const Connector &connector : std::as_const(connectors)) {
            auto *item = new QListWidgetItem(QIcon(u":/models/icons/connector.svg"_s), connector.title, m_connectors);
            item->setData(ConnectorIdRole, connector.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        setStatus(connectors.isEmpty() ? tr("This portal has no connectors to export.") : QString());
        updateButtons();
    });
}

void ConfigurationExportDialog::updateButtons()
{
    bool anyChecked = false;
    for (int row = 0; row < m_connectors->count(); ++row)
        anyChecked = anyChecked || m_connectors->item(row)->checkState() == Qt::Checked;
    m_export->setEnabled(!m_loading && !m_exporter && anyChecked);
}

void ConfigurationExportDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    UiPalette::setMessageRole(m_status, error ? UiPalette::Role::Error : UiPalette::Role::Normal);
}

void ConfigurationExportDialog::startExport()
{
    if (!m_session || m_exporter)
        return;
    ConfigurationExporter::Options options;
    options.includeSettingValues = m_includeValues->isChecked();
    for (int row = 0; row < m_connectors->count(); ++row) {
        const QListWidgetItem *item = m_connectors->item(row);
        if (item->checkState() == Qt::Checked)
            options.connectorIds.append(item->data(ConnectorIdRole).toLongLong());
    }
    m_exporter = new ConfigurationExporter(m_session->client(), this);
    connect(m_exporter, &ConfigurationExporter::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_exporter, &ConfigurationExporter::finished, this, [this](const ConfigurationExporter::Result &result) {
        m_exporter->deleteLater();
        m_exporter = nullptr;
        m_progress->setVisible(false);
        updateButtons();
        if (!result.ok) {
            setStatus(result.canceled ? tr("The export was canceled.") : result.error, !result.canceled);
            return;
        }
        setStatus(tr("Read %n connector(s); choose where to save the file.", nullptr,
                     int(result.document.connectors.size())));
        const QByteArray json = result.document.toJson();
        const int connectors = int(result.document.connectors.size());
        const bool withSecrets = result.document.settingValuesIncluded;
        const QString suggested = result.document.sourcePortal.isEmpty()
            ? u"bi-configuration.json"_s
            : result.document.sourcePortal + u"-bi-configuration.json"_s;
        FileChooser::chooseToSave(this, tr("Save the configuration"), tr("JSON files (*.json)"), suggested,
                                  [this, json, connectors, withSecrets](const QString &fileName) {
                                      save(json, connectors, withSecrets, fileName);
                                  });
    });
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    setStatus(tr("Reading the configuration…"));
    updateButtons();
    m_exporter->start(options);
}

void ConfigurationExportDialog::save(const QByteArray &json, int connectors, bool withSecrets, const QString &fileName)
{
    QSaveFile file(fileName);
    const bool opened = file.open(QIODevice::WriteOnly);
    // A file with passwords and tokens is readable by its owner only.
    if (opened && withSecrets)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!opened || file.write(json) < 0 || !file.commit()) {
        setStatus(tr("Could not save the configuration to %1: %2").arg(fileName, file.errorString()), true);
        return;
    }
    m_savedFile = fileName;
    setStatus(tr("Saved %n connector(s) to %1.", nullptr, connectors).arg(fileName));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    emit saved(fileName);
}

void ConfigurationExportDialog::reject()
{
    if (m_exporter) {
        m_exporter->cancel();   // finished(canceled) resets the dialog; the user closes it next
        return;
    }
    QDialog::reject();
}
