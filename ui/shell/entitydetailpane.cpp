#include "ui/shell/entitydetailpane.h"

#include "api/transport/apicall.h"
#include "api/transport/restclient.h"
#include "ui/widgets/uipalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EntityDetailPane::EntityDetailPane(const QString &getMethod, QWidget *parent)
    : QWidget(parent)
    , m_getMethod(getMethod)
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_statusRow(new QWidget(this))
{
    m_status->setObjectName(u"detailStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"detailRetry"_s);
    auto *statusLayout = new QHBoxLayout(m_statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(m_retry);
    m_statusRow->hide();
    connect(m_retry, &QPushButton::clicked, this, &EntityDetailPane::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusRow);
}

EntityDetailPane::~EntityDetailPane()
{
    if (m_call)
        m_call->cancel();
}

QString EntityDetailPane::unsavedChangesSubject() const
{
    return tr("This object");
}

void EntityDetailPane::setClient(RestClient *client)
{
    if (m_call)
        m_call->cancel();
    m_client = client;
}

void EntityDetailPane::setContent(QWidget *content)
{
    static_cast<QVBoxLayout *>(layout())->addWidget(content, 1);
}

void EntityDetailPane::showEntity(qint64 id, const QJsonObject &listItem)
{
    m_id = id;
    present(listItem, false);
    reload();
}

void EntityDetailPane::reload()
{
    if (m_call)
        m_call->cancel();
    if (!m_client || m_id <= 0)
        return;
    showStatus(tr("Loading…"), false);
    m_call = m_client->call(m_getMethod, QJsonObject{{u"id"_s, m_id}});
    const qint64 requestedId = m_id;
    m_call->onFinished(this, [this, requestedId](const ApiResult &result) {
        if (requestedId != m_id)
            return;
        if (result.error.kind() == ApiError::Kind::Canceled)
            return;
        if (!result.ok()) {
            showStatus(result.error.userMessage(), true);
            return;
        }
        m_statusRow->hide();
        const QJsonObject item = result.result.toObject().value(u"item"_s).toObject();
        present(item, true);
        emit loaded(item);
    });
}

void EntityDetailPane::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    UiPalette::setMessageRole(m_status, error ? UiPalette::Role::Error : UiPalette::Role::Normal);
    m_retry->setVisible(error);
    m_statusRow->show();
}
