#include "ui/profiles/signinbanner.h"

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
    setStyleSheet(tone == Tone::Error
                      ? u"#signInBanner { background: #fbe3e3; border: 1px solid #e0a0a0; color: #5a1a1a; }"_s
                      : u"#signInBanner { background: #fff4d6; border: 1px solid #e8c66a; color: #4a3a00; }"_s);
    show();
}

QString SignInBanner::text() const
{
    return m_text->text();
}
