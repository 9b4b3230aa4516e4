#include "ui/widgets/uipalette.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace UiPalette {

namespace {

// The colours of a role in a light palette: its text and its saturated accent. Dark palettes
// derive theirs from the same hues (lighter, see text()).
struct Hue
{
    QRgb text;
    QRgb accent;
};

Hue hueOf(Role role)
{
    switch (role) {
    case Role::Error:
        return {0xc03030, 0xe04040};
    case Role::Warning:
        return {0x9a5b00, 0xf5a623};
    case Role::Success:
        return {0x1e7b34, 0x2ea043};
    case Role::Info:
        return {0x1a63c9, 0x2f7dd6};
    case Role::Changed:
        return {0x7a5c00, 0xf0c000};
    case Role::Added:
        return {0x1d6f5a, 0x3cb371};
    case Role::Removed:
        return {0xa02848, 0xe0506e};
    case Role::SearchMatch:
        return {0x000000, 0xffd000};
    case Role::Normal:
    case Role::Muted:
        break;
    }
    return {0x000000, 0x808080};
}

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// `a` over `b` with `alpha` (0 … 1).
QColor blend(const QColor &a, const QColor &b, double alpha)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() * alpha + y.redF() * (1 - alpha)),
                            float(x.greenF() * alpha + y.greenF() * (1 - alpha)),
                            float(x.blueF() * alpha + y.blueF() * (1 - alpha)));
}

// `color` made lighter (on dark backgrounds) or darker (on light ones) until it keeps `minimum`
// contrast with both backgrounds.
QColor withContrast(const QColor &color, const QColor &background, const QColor &other, double minimum)
{
    const bool lighten = luminance(background) < 0.18;
    float h = 0, s = 0, l = 0;
    color.toHsl().getHslF(&h, &s, &l);
    QColor result = color;
    for (int step = 0; step < 60; ++step) {
        if (std::min(contrast(result, background), contrast(result, other)) >= minimum)
            return result;
        l = std::clamp(l + (lighten ? 0.02f : -0.02f), 0.0f, 1.0f);
        result = QColor::fromHslF(h < 0 ? 0 : h, s, l).toRgb();
    }
    return lighten ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace

bool isDark(const QPalette &palette)
{
    const double window = palette.color(QPalette::Window).lightnessF();
    const double base = palette.color(QPalette::Base).lightnessF();
    return (window + base) / 2 < 0.5;
}

double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QColor text(Role role, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor normal = palette.color(QPalette::Text);
    switch (role) {
    case Role::Normal:
    case Role::SearchMatch:
        return normal;
    case Role::Muted:
        return withContrast(blend(normal, base, 0.55), base, window, MinimumContrast);
    default:
        break;
    }
    QColor color = QColor::fromRgb(hueOf(role).text);
    if (isDark(palette)) {
        float h = 0, s = 0, l = 0;
        color.getHslF(&h, &s, &l);
        color = QColor::fromHslF(h, std::min(s, 0.75f), 0.72f).toRgb();
    }
    return withContrast(color, base, window, MinimumContrast);
}

QColor textOn(Role role, const QColor &background, const QPalette &palette)
{
    return withContrast(text(role, palette), background, palette.color(QPalette::Base), MinimumContrast);
}

QColor accent(Role role, const QPalette &palette)
{
    if (role == Role::Normal)
        return {};
    if (role == Role::Muted)
        return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.5);
    return QColor::fromRgb(hueOf(role).accent);
}

QColor tint(Role role, const QPalette &palette)
{
    if (role == Role::Normal)
        return {};
    const QColor base = palette.color(QPalette::Base);
    const QColor normal = palette.color(QPalette::Text);
    const QColor color = accent(role, palette);
    double alpha = isDark(palette)  ? 0.32
        : role == Role::SearchMatch ? 0.4
        : role == Role::Muted       ? 0.12
                                    : 0.18;
    QColor result = blend(color, base, alpha);
    while (contrast(normal, result) < MinimumContrast && alpha > 0.06) {
        alpha -= 0.03;
        result = blend(color, base, alpha);
    }
    return result;
}

QString htmlColor(Role role, const QWidget *widget)
{
    return text(role, widget ? widget->palette() : QApplication::palette()).name();
}

namespace {

// Keeps the role of one widget: a child of the widget that watches it for palette changes (its
// own, its parent's, the application's) and applies the role's colours again.
class RoleKeeper : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Message, Banner };

    explicit RoleKeeper(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    {
        widget->installEventFilter(this);
    }

    static RoleKeeper *of(const QWidget *widget)
    {
        return widget->findChild<RoleKeeper *>(QString(), Qt::FindDirectChildrenOnly);
    }

    Role role() const { return m_role; }

    void set(Kind kind, Role role, int variant)
    {
        if (m_kind != kind && m_role != Role::Normal) {
            m_role = Role::Normal;
            apply();
        }
        m_kind = kind;
        m_role = role;
        m_variant = variant;
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::PaletteChange:
        case QEvent::ApplicationPaletteChange:
        case QEvent::ParentChange:
            if (watched == m_widget && !m_applying)
                changed();
            break;
        default:
            break;
        }
        return false;
    }

private:
    // A message is applied at once, from the widget's own palette (where only WindowText is ours).
    // A banner's style sheet rewrites the widget's palette, so a banner reads its parent's, once
    // every widget has taken an application palette change (their order is not defined).
    void changed()
    {
        if (m_kind == Kind::Message) {
            apply();
        } else if (!m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, [this] {
                m_pending = false;
                apply();
            });
        }
    }

    // What the widget's palette would be without a style sheet: its parent's (or the application's).
    QPalette sourcePalette() const
    {
        const QWidget *parent = m_widget->parentWidget();
        return parent && !m_widget->isWindow() ? parent->palette() : QApplication::palette(m_widget);
    }

    static QPalette::ResolveMask textMask()
    {
        QPalette probe;
        setText(probe, Qt::black);
        return probe.resolveMask();
    }

    static void setText(QPalette &palette, const QColor &color)
    {
        for (const auto group : {QPalette::Active, QPalette::Inactive})
            palette.setColor(group, QPalette::WindowText, color);
    }

    void apply()
    {
        m_applying = true;
        if (m_kind == Kind::Message)
            applyMessage();
        else
            applyBanner();
        m_applying = false;
    }

    void applyMessage()
    {
        QPalette palette = m_widget->palette();
        if (m_role == Role::Normal)
            palette.setResolveMask(palette.resolveMask() & ~textMask());
        else
            setText(palette, text(m_role, palette));
        m_widget->setPalette(palette);
        const bool bold = m_role != Role::Normal && Emphasis(m_variant) == Emphasis::Bold;
        if (bold != m_bold) {
            QFont font = m_widget->font();
            font.setBold(bold);
            m_widget->setFont(font);
            m_bold = bold;
        }
    }

    void applyBanner()
    {
        const QString sheet = m_role == Role::Normal ? QString() : bannerSheet();
        if (m_widget->styleSheet() != sheet)
            m_widget->setStyleSheet(sheet);
    }

    QString bannerSheet() const
    {
        const QPalette palette = sourcePalette();
        const QString selector = m_widget->objectName().isEmpty()
            ? QString::fromLatin1(m_widget->metaObject()->className())
            : QString(u'#' + m_widget->objectName());
        const QColor base = palette.color(QPalette::Base);
        if (Banner(m_variant) == Banner::Badge) {
            const QColor background = accent(m_role, palette);
            const QColor dark(0x1b, 0x1b, 0x1b);
            const QColor foreground
                = contrast(dark, background) >= contrast(Qt::white, background) ? dark : QColor(Qt::white);
            return u"%1 { background: %2; color: %3; border-radius: 4px; padding: 1px 8px; font-weight: bold; }"_s
                .arg(selector, background.name(), foreground.name());
        }
        const QColor background = tint(m_role, palette);
        const QColor foreground = textOn(m_role, background, palette);
        const QString border = blend(accent(m_role, palette), base, 0.55).name();
        const QString shape
            = Banner(m_variant) == Banner::Note ? u" border-radius: 4px; padding: 6px;"_s : QString();
        return u"%1 { background: %2; color: %3; border: 1px solid %4;%5 }"_s.arg(
            selector, background.name(), foreground.name(), border, shape);
    }

    QPointer<QWidget> m_widget;
    Kind m_kind = Kind::Message;
    Role m_role = Role::Normal;
    int m_variant = 0;
    bool m_bold = false;
    bool m_applying = false;
    bool m_pending = false;
};

RoleKeeper *keeperFor(QWidget *widget)
{
    RoleKeeper *keeper = RoleKeeper::of(widget);
    return keeper ? keeper : new RoleKeeper(widget);
}

} // namespace

void setMessageRole(QWidget *widget, Role role, Emphasis emphasis)
{
    if (!widget || (role == Role::Normal && !RoleKeeper::of(widget)))
        return;
    keeperFor(widget)->set(RoleKeeper::Kind::Message, role, int(emphasis));
}

void setBannerRole(QWidget *widget, Role role, Banner banner)
{
    if (!widget || (role == Role::Normal && !RoleKeeper::of(widget)))
        return;
    keeperFor(widget)->set(RoleKeeper::Kind::Banner, role, int(banner));
}

Role roleOf(const QWidget *widget)
{
    const RoleKeeper *keeper = widget ? RoleKeeper::of(widget) : nullptr;
    return keeper ? keeper->role() : Role::Normal;
}

} // namespace UiPalette

#include "uipalette.moc"
