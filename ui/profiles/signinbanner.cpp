#include "ui/profiles/signinbanner.h"

#include "ui/widgets/uipalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

SignInBanner::SignInBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_button(new QPushButton(this))
{
    setObjectName(u"signInBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(u"signInBannerText"_s);
    m_text->setWordWrap(true);
    m_button->setObjectName(u"signInBannerButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button, 0, Qt::AlignVCenter);
    connect(m_button, &QPushButton::clicked, this, &SignInBanner::actionRequested);
    hide();
}

void SignInBanner::showMessage(const QString &text, const QString &buttonText, Tone tone)
{
    m_text->setText(text);
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    UiPalette::setBannerRole(this, tone == Tone::Error ? UiPalette::Role::Error : UiPalette::Role::Warning,
                             UiPalette::Banner::Strip);
    show();
}

QString SignInBanner::text() const
{
    return m_text->text();
}
