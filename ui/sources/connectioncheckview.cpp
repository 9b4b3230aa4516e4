#include "ui/sources/connectioncheckview.h"

#include "api/endpoints/endpointclient.h"
#include "models/sources/sourcecheck.h"
#include "ui/widgets/uipalette.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectionCheckView::ConnectionCheckView(QWidget *parent)
    : QWidget(parent)
    , m_button(new QPushButton(tr("C&heck connection"), this))
    , m_result(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(u"connectionCheck"_s);
    m_button->setObjectName(u"checkConnectionButton"_s);
    m_button->setToolTip(tr("Call the connector's check URL from this computer with these settings, the way the "
                            "portal does."));
    m_result->setObjectName(u"checkResultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toggle->setObjectName(u"checkDetailsToggle"_s);
    m_toggle->setText(tr("Details"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_details->setObjectName(u"checkDetails"_s);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setMinimumHeight(120);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_button);
    row->addWidget(m_result, 1);
    row->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_running)
            emit cancelRequested();
        else
            emit checkRequested();
    });
    connect(m_toggle, &QToolButton::toggled, this, &ConnectionCheckView::setDetailsVisible);
    clear();
}

void ConnectionCheckView::setDetailsVisible(bool visible)
{
    m_toggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(visible && m_hasResult);
}

void ConnectionCheckView::setRunning()
{
    clear();
    m_running = true;
    m_button->setText(tr("Cancel c&heck"));
    m_result->setText(tr("Checking…"));
}

void ConnectionCheckView::setResult(const EndpointResult &result, const QUrl &requestedUrl)
{
    m_running = false;
    m_hasResult = true;
    m_button->setText(tr("C&heck connection"));
    const bool ok = SourceCheck::passed(result);
    const QString mark = result.canceled ? QString() : ok ? u"✓ "_s : u"✗ "_s;
    m_result->setText(mark + SourceCheck::summary(result));
    UiPalette::setMessageRole(m_result, result.canceled ? UiPalette::Role::Normal
                                       : ok            ? UiPalette::Role::Success
                                                       : UiPalette::Role::Error);
    m_details->setPlainText(SourceCheck::details(result, requestedUrl));
    m_toggle->setVisible(true);
    setDetailsVisible(m_toggle->isChecked());
}

void ConnectionCheckView::clear()
{
    m_running = false;
    m_hasResult = false;
    m_button->setText(tr("C&heck connection"));
    m_result->clear();
    UiPalette::setMessageRole(m_result, UiPalette::Role::Normal);
    m_details->clear();
    m_toggle->setVisible(false);
    setDetailsVisible(false);
}

QString ConnectionCheckView::resultText() const
{
    return m_result->text();
}

QString ConnectionCheckView::detailsText() const
{
    return m_details->toPlainText();
}
