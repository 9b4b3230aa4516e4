#include "ui/sources/sourcedetailpane.h"

#include "api/transport/apicall.h"
#include "api/entities/entities.h"
#include "api/transport/portalsession.h"
#include "models/sources/sourcecheck.h"
#include "models/operations/sourceoperations.h"
#include "ui/shell/detailwidgets.h"
#include "ui/sources/settingsform.h"
#include "ui/sources/sourceform.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace DetailWidgets;

SourceDetailPane::SourceDetailPane(QWidget *parent)
    : EntityDetailPane(u"biconnector.source.get"_s, parent)
    , m_form(new SourceForm)
    , m_saveStatus(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
    , m_revert(new QPushButton(tr("Re&vert")))
{
    setObjectName(u"sourceDetailPane"_s);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    QFormLayout *form = m_form->generalLayout();
    m_id = addValueRow(form, tr("ID:"), u"sourceId"_s);
    m_connector = addValueRow(form, tr("Connector:"), u"sourceConnectorId"_s);
    m_code = addValueRow(form, tr("Code:"), u"sourceCode"_s);
    m_active = addValueRow(form, tr("Active:"), u"sourceActive"_s);
    m_active->setTextFormat(Qt::RichText);
    m_created = addValueRow(form, tr("Created:"), u"sourceCreated"_s);
    m_updated = addValueRow(form, tr("Updated:"), u"sourceUpdated"_s);
    // Let the values use the pane's width (wrapped labels otherwise keep a narrow size hint).
    for (QLabel *label : {m_id, m_connector, m_code, m_active, m_created, m_updated})
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_form->settingsForm()->setObjectName(u"sourceSettings"_s);
    layout->addWidget(m_form);

    m_save->setObjectName(u"sourcePaneSaveButton"_s);
    m_save->setToolTip(tr("Save the title, description and changed settings (the portal checks the connection first)"));
    m_revert->setObjectName(u"sourcePaneRevertButton"_s);
    m_saveStatus->setObjectName(u"sourcePaneSaveStatus"_s);
    m_saveStatus->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveStatus, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"sourcePaneScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    setContent(scroll);

    connect(m_form, &SourceForm::edited, this, [this] {
        m_saveStatus->clear();
        updateButtons();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save([](bool) {}); });
    connect(m_revert, &QPushButton::clicked, this, &SourceDetailPane::discardChanges);
    updateButtons();
}

SourceDetailPane::~SourceDetailPane()
{
    if (m_connectorRead)
        m_connectorRead->cancel();
}

void SourceDetailPane::setSession(PortalSession *session, ConnectorEndpointClient *endpoints)
{
    m_session = session;
    m_endpoints = endpoints;
    m_form->setEndpointClient(endpoints);
    updateButtons();
}

bool SourceDetailPane::valuesRevealed() const
{
    return m_form->settingsForm()->anyValueShown();
}

bool SourceDetailPane::isSaving() const
{
    return m_writer && m_writer->isRunning();
}

void SourceDetailPane::present(const QJsonObject &item, bool complete)
{
    const Source source = complete ? Source::fromGetResult(item) : Source::fromListItem(item);
    const bool sameSource = source.id == m_shownId;
    if (!sameSource) {
        m_shownId = source.id;
        m_complete = false;
        m_connectorId = 0;
        if (m_connectorRead)
            m_connectorRead->cancel();
        m_form->clear();
        m_saveStatus->clear();
    }
    m_id->setText(QString::number(source.id));
    m_code->setText(orDash(source.code));
    // Read-only everywhere: source.add always stores Y and source.update ignores the field.
    m_active->setText(tr("%1 <span style=\"color: gray;\">— read-only: the REST API does not change this flag; "
                         "the portal sets it.</span>")
                          .arg(source.active ? tr("yes") : tr("no (the portal marked this source inactive)")));
    m_created->setText(formatDate(source.dateCreate));
    m_updated->setText(formatDate(source.dateUpdate));
    if (source.connectorId > 0 && source.connectorId != m_connectorId)
        m_connector->setText(tr("ID %1").arg(source.connectorId));

    // Edits survive a reload of the same source (Retry, re-selecting the node).
    if (sameSource && m_form->isModified())
        return updateButtons();
    if (!complete) {
        // Title and description from the tree at once; the values only from source.get.
        m_complete = false;
        Source visible = source;
        visible.settings.clear();
        m_form->load(visible);
        m_form->setEditable(false);
        return updateButtons();
    }
    m_complete = true;
    m_form->load(source);
    m_form->setEditable(true);
    if (source.connectorId > 0 && source.connectorId != m_connectorId)
        loadConnector(source.connectorId);
    else if (m_form->hasConnector())
        m_form->setConnector(m_form->connector());
    updateButtons();
}

void SourceDetailPane::loadConnector(qint64 connectorId)
{
    if (!m_session)
        return;
    if (m_connectorRead)
        m_connectorRead->cancel();
    const auto call = m_session->biconnector().getConnector(connectorId);
    m_connectorRead = call.handle();
    call.onFinished(this, [this, connectorId](const Outcome<Connector> &outcome) {
        if (!outcome.ok() || connectorId != m_form->original().connectorId)
            return;
        m_connectorId = connectorId;
        m_connector->setText(tr("%1 (ID %2)").arg(outcome.value.title).arg(connectorId));
        m_form->setConnector(outcome.value);
        updateButtons();
    });
}

void SourceDetailPane::updateButtons()
{
    const bool modified = hasUnsavedChanges();
    m_save->setEnabled(modified && !isSaving() && m_session);
    m_revert->setEnabled(modified && !isSaving());
}

bool SourceDetailPane::hasUnsavedChanges() const
{
    return m_complete && m_shownId > 0 && m_form->isModified();
}

QString SourceDetailPane::unsavedChangesSubject() const
{
    return tr("The source \"%1\"").arg(m_form->original().title);
}

void SourceDetailPane::save(std::function<void(bool ok)> done)
{
    if (!hasUnsavedChanges())
        return done(true);
    if (!m_session || isSaving() || !m_form->validateTitle())
        return done(false);
    const Source original = m_form->original();
    const Source edited = m_form->source();
    m_form->setEditable(false);
    m_saveStatus->setText(tr("Saving… The portal checks the connection before it saves."));
    m_writer = new SourceUpdate(m_session->biconnector(), nullptr, edited, original, this);
    connect(m_writer, &PortalOperation::finished, this,
            [this, edited, done = std::move(done)](const PortalOperation::Result &result) {
                m_writer->deleteLater();
                m_writer.clear();
                m_form->setEditable(true);
                m_saveStatus->setText(result.settledByReadBack ? result.message() : QString());
                if (result.applied()) {
                    emit sourceSaved({{u"id"_s, edited.id},
                                      {u"connectorId"_s, edited.connectorId},
                                      {u"title"_s, edited.title},
                                      {u"description"_s, edited.description}});
                    m_form->load(edited); // the baseline until the reload below lands
                    if (m_saveStatus->text().isEmpty())
                        m_saveStatus->setText(tr("Saved."));
                    reload();
                    updateButtons();
                    return done(true);
                }
                updateButtons();
                if (result.settledByReadBack || result.outcome != PortalOperation::Outcome::NotApplied) {
                    m_form->showError(result.message());
                } else if (result.error.kind() == ApiError::Kind::ConnectionCheckFailed) {
                    const ApiError error = result.error;
                    m_form->withCheckResult([this, error](const EndpointResult *direct) {
                        m_form->showError(SourceCheck::portalCheckFailedMessage(error, direct));
                    });
                } else {
                    m_form->showError(result.error.userMessage());
                }
                done(false);
            });
    m_writer->start();
    updateButtons();
}

void SourceDetailPane::discardChanges()
{
    m_form->load(m_form->original());
    m_saveStatus->clear();
    updateButtons();
}

void SourceDetailPane::showCheckResult(qint64 sourceId, const EndpointResult &result)
{
    if (sourceId == m_shownId && m_complete && !m_form->isModified() && m_form->hasConnector())
        m_form->showCheckResult(result);
}
