#include "ui/connectors/connectordetailpane.h"

#include "api/entities/biconnectorapi.h"
#include "api/entities/entityvalidation.h"
#include "api/transport/portalsession.h"
#include "models/operations/connectoroperations.h"
#include "models/connectors/connectorusage.h"
#include "models/connectors/logocache.h"
#include "ui/connectors/connectorbasicseditor.h"
#include "ui/connectors/connectorendpointseditor.h"
#include "ui/connectors/connectorsettingseditor.h"
#include "ui/shell/detailwidgets.h"
#include "ui/widgets/messageboxes.h"
#include "ui/widgets/uipalette.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace DetailWidgets;

namespace {
constexpr int kLogoSize = 40;
}

ConnectorDetailPane::ConnectorDetailPane(QWidget *parent)
    : EntityDetailPane(u"biconnector.connector.get"_s, parent)
    , m_logo(new QLabel(this))
    , m_title(new QLabel(this))
    , m_id(new QLabel(this))
    , m_created(new QLabel(this))
    , m_editors(new QWidget(this))
    , m_basics(new ConnectorBasicsEditor(this))
    , m_endpoints(new ConnectorEndpointsEditor(this))
    , m_settings(new ConnectorSettingsEditor(this))
    , m_test(new QPushButton(tr("&Test endpoints…"), this))
    , m_saveStatus(new QLabel(this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(u"connectorDetailPane"_s);

    // Header: logo, title (as stored), id and creation date.
    m_logo->setObjectName(u"connectorLogo"_s);
    m_logo->setFixedSize(kLogoSize, kLogoSize);
    m_title->setObjectName(u"connectorTitle"_s);
    QFont titleFont = m_title->font(); // no style sheet: it would stop palette changes here
    titleFont.setPointSize(15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setObjectName(u"connectorId"_s);
    m_created->setObjectName(u"connectorCreated"_s);
    for (QLabel *label : {m_id, m_created})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *facts = new QVBoxLayout;
    facts->addWidget(m_title);
    auto *factsRow = new QHBoxLayout;
    factsRow->addWidget(m_id);
    factsRow->addWidget(m_created);
    factsRow->addStretch(1);
    facts->addLayout(factsRow);
    auto *header = new QHBoxLayout;
    header->addWidget(m_logo, 0, Qt::AlignTop);
    header->addLayout(facts, 1);

    // Editors.
    auto *general = new QGroupBox(tr("Connector"), m_editors);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(m_basics);
    auto *endpoints = new QGroupBox(tr("Endpoints"), m_editors);
    auto *endpointsLayout = new QVBoxLayout(endpoints);
    endpointsLayout->addWidget(m_endpoints);
    auto *testRow = new QHBoxLayout;
    testRow->addStretch(1);
    testRow->addWidget(m_test);
    endpointsLayout->addLayout(testRow);
    auto *schema = new QGroupBox(tr("Settings schema"), m_editors);
    auto *schemaLayout = new QVBoxLayout(schema);
    schemaLayout->addWidget(m_settings);
    m_settings->setMinimumHeight(180);
    auto *editorsLayout = new QVBoxLayout(m_editors);
    editorsLayout->setContentsMargins(0, 0, 0, 0);
    editorsLayout->addWidget(general);
    editorsLayout->addWidget(endpoints);
    editorsLayout->addWidget(schema, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"connectorEditorScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editors);

    // Save bar.
    m_test->setObjectName(u"connectorTestEndpoints"_s);
    m_saveStatus->setObjectName(u"connectorSaveStatus"_s);
    m_saveStatus->setWordWrap(true);
    m_saveStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revert->setObjectName(u"connectorRevert"_s);
    m_save->setObjectName(u"connectorSave"_s);
    m_save->setToolTip(tr("Save the changes to the portal (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    auto *saveBar = new QHBoxLayout;
    saveBar->addWidget(m_saveStatus, 1);
    saveBar->addWidget(m_revert);
    saveBar->addWidget(m_save);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);
    layout->addLayout(saveBar);
    setContent(content);

    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] { save([](bool) {}); });
    connect(m_save, &QPushButton::clicked, this, [this] { save([](bool) {}); });
    connect(m_revert, &QPushButton::clicked, this, &ConnectorDetailPane::discardChanges);
    connect(m_test, &QPushButton::clicked, this, [this] { emit testEndpointsRequested(edited()); });
    connect(m_basics, &ConnectorBasicsEditor::changed, this, &ConnectorDetailPane::updateState);
    connect(m_endpoints, &ConnectorEndpointsEditor::changed, this, &ConnectorDetailPane::updateState);
    connect(m_settings, &ConnectorSettingsEditor::changed, this, &ConnectorDetailPane::updateState);
    connect(this, &EntityDetailPane::loaded, this, [this](const QJsonObject &item) {
        if (std::exchange(m_announceNextLoad, false))
            emit saved(item);
    });
    updateState();
}

void ConnectorDetailPane::setPortal(PortalSession *session)
{
    m_session = session;
    delete m_logos;
    m_logos = session ? new LogoCache(session->network(),
                                      QStandardPaths::writableLocation(QStandardPaths::CacheLocation), this)
                      : nullptr;
    m_basics->setLogoCache(m_logos);
    updateState();
}

Connector ConnectorDetailPane::edited() const
{
    Connector connector = m_original;
    m_basics->apply(connector);
    m_endpoints->apply(connector);
    connector.settings = m_settings->settings();
    return connector;
}

bool ConnectorDetailPane::hasUnsavedChanges() const
{
    return m_complete && edited() != m_original;
}

QString ConnectorDetailPane::unsavedChangesSubject() const
{
    return tr("Connector “%1”").arg(m_original.title);
}

bool ConnectorDetailPane::hasErrors() const
{
    return m_basics->hasErrors() || m_endpoints->hasErrors() || m_settings->hasErrors();
}

void ConnectorDetailPane::present(const QJsonObject &item, bool complete)
{
    const Connector connector = Connector::fromJson(item);
    const bool keepEdits = connector.id == m_original.id && hasUnsavedChanges();
    const QImage logo = LogoCache::decodeDataUri(connector.logo);
    m_logo->setPixmap(logo.isNull() ? (m_logos ? m_logos->iconFor(connector.logo) : LogoCache::fallbackIcon())
                                          .pixmap(kLogoSize, kLogoSize)
                                    : QPixmap::fromImage(logo.scaled(kLogoSize, kLogoSize, Qt::KeepAspectRatio,
                                                                     Qt::SmoothTransformation)));
    m_title->setText(connector.title);
    m_id->setText(tr("ID %1").arg(connector.id));
    m_created->setText(tr("created %1").arg(formatDate(connector.dateCreate)));
    if (keepEdits) {
        // A re-read while editing: the new state becomes the base, the edits stay.
        if (complete)
            m_original = connector;
    } else {
        m_original = connector;
        m_complete = complete;
        fillEditors(connector);
        if (!complete)
            showSaveStatus(QString(), false);
    }
    updateState();
}

void ConnectorDetailPane::fillEditors(const Connector &connector)
{
    m_basics->setConnector(connector);
    m_endpoints->setConnector(connector);
    m_settings->setSettings(connector.settings);
}

void ConnectorDetailPane::discardChanges()
{
    fillEditors(m_original);
    showSaveStatus(QString(), false);
    updateState();
}

void ConnectorDetailPane::showSaveStatus(const QString &text, bool error)
{
    m_saveStatus->setText(text);
    UiPalette::setMessageRole(m_saveStatus, error ? UiPalette::Role::Error : UiPalette::Role::Normal);
    if (!error)
        m_saveStatus->setToolTip(QString());
}

void ConnectorDetailPane::updateState()
{
    const bool dirty = hasUnsavedChanges();
    m_editors->setEnabled(m_complete && !m_saving && m_session);
    m_save->setEnabled(dirty && !m_saving && !hasErrors() && m_session);
    m_revert->setEnabled(dirty && !m_saving);
    m_test->setEnabled(m_complete && m_session);
    if (dirty && !m_saving && m_saveStatus->text().isEmpty())
        showSaveStatus(tr("Unsaved changes."), false);
    else if (!dirty && !m_saving && m_saveStatus->text() == tr("Unsaved changes."))
        showSaveStatus(QString(), false);
}

void ConnectorDetailPane::save(std::function<void(bool ok)> done)
{
    if (m_saving)
        return done(false);
    if (!hasUnsavedChanges())
        return done(true);
    if (!m_session) {
        showSaveStatus(tr("Not connected to a portal."), true);
        return done(false);
    }
    const Connector target = edited();
    const ValidationResult check = EntityValidation::connector(target);
    if (hasErrors() || !check.isValid()) {
        showSaveStatus(check.isValid() ? tr("Correct the problems marked above before saving.") : check.message,
                       true);
        return done(false);
    }
    m_saving = true;
    updateState();
    auto finish = [this, done](bool ok) {
        m_saving = false;
        updateState();
        done(ok);
    };
    confirmDroppedCodes(target, [this, target, finish](bool proceed) {
        if (!proceed) {
            showSaveStatus(tr("Not saved."), false);
            return finish(false);
        }
        sendUpdate(target, finish);
    });
}

void ConnectorDetailPane::confirmDroppedCodes(const Connector &target, std::function<void(bool)> proceed)
{
    QStringList kept;
    for (const ConnectorSetting &setting : target.settings)
        kept.append(setting.code);
    QStringList dropped;
    for (const ConnectorSetting &setting : std::as_const(m_original.settings)) {
        if (!kept.contains(setting.code) && !dropped.contains(setting.code))
            dropped.append(setting.code);
    }
    if (dropped.isEmpty())
        return proceed(true);

    showSaveStatus(tr("Checking which sources store values for the removed settings…"), false);
    auto *loader = new ConnectorUsageLoader(m_session->client(), m_original.id,
                                            ConnectorUsageLoader::Depth::SourcesOnly, this);
    connect(loader, &ConnectorUsageLoader::finished, this,
            [this, loader, dropped, proceed](const ConnectorUsage &usage, const ApiError &error) {
                loader->deleteLater();
                const auto affected = usage.sourcesUsingCodes(dropped);
                if (!error.isError() && affected.isEmpty())
                    return proceed(true);
                QString text;
                QStringList lines;
                if (error.isError()) {
                    text = tr("The sources of this connector could not be checked (%1). If any of them stores a "
                              "value for %2, the portal discards it when the schema no longer declares it.")
                               .arg(error.userMessage(), dropped.join(u", "_s));
                } else {
                    text = tr("The new settings schema no longer declares %1. The portal discards the values "
                              "that %n source(s) store for them; they would have to be entered again.",
                              nullptr, int(affected.size()))
                               .arg(dropped.join(u", "_s));
                    for (const auto &entry : affected)
                        lines.append(tr("Source “%1” (ID %2): %3")
                                         .arg(entry.source.title)
                                         .arg(entry.source.id)
                                         .arg(entry.codes.join(u", "_s)));
                }
                MessageBoxes::ask(this, QMessageBox::Warning, tr("Remove settings in use?"),
                                  text + u"\n\n"_s + lines.join(u'\n') + u"\n\n"_s + tr("Save anyway?"),
                                  QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
                                  [proceed](MessageBoxes::Answer answer) { proceed(answer == QMessageBox::Save); });
            });
    loader->start();
}

void ConnectorDetailPane::sendUpdate(const Connector &target, std::function<void(bool)> done)
{
    showSaveStatus(tr("Saving…"), false);
    auto *update = new ConnectorUpdate(m_session->biconnector(), nullptr, target, m_original, this);
    connect(update, &PortalOperation::finished, this, [this, update, target, done](const PortalOperation::Result &result) {
        update->deleteLater();
        switch (result.outcome) {
        case PortalOperation::Outcome::Applied:
            // connector.update is not resent blindly: after a lost reply the portal was read back.
            showSaveStatus(result.settledByReadBack
                               ? tr("Saved (the portal's reply was lost, but the connector has the new values).")
                               : tr("Saved."),
                           false);
            break;
        case PortalOperation::Outcome::NotApplied:
            if (result.settledByReadBack) {
                showSaveStatus(tr("The portal's reply was lost and the connector still has its old values: "
                                  "nothing was saved. Save again."),
                               true);
                return done(false);
            }
            showSaveStatus(tr("The portal did not save the changes: %1").arg(result.error.userMessage()), true);
            m_saveStatus->setToolTip(result.error.details());
            return done(false);
        case PortalOperation::Outcome::Unknown:
        case PortalOperation::Outcome::Canceled:
            showSaveStatus(result.message(), true);
            return done(false);
        }
        m_original = target;
        m_announceNextLoad = true;
        reload(); // the portal's view of it, announced with saved()
        done(true);
    });
    update->start();
}
