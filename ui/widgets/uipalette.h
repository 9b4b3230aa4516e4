#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

// The one place that names colours (qBittorrent's src/gui/color.h is the model). Every colour is
// derived from a QPalette: semantic text colours keep a contrast of at least 4.5:1 against the
// palette's Base and Window, tints are blends of an accent into Base that keep the palette's Text
// readable, and "dark" is decided by the lightness of Window/Base. Widgets never carry hex colours
// or colour style sheets of their own: they call the helpers below, which follow palette changes.
namespace UiPalette {

enum class Role {
    Normal, // the palette's own colours (clears a role set before)
    Error, // failures, invalid input
    Warning, // problems that do not block, throttling
    Success, // a check or test that passed
    Muted, // secondary, inactive, loading, hidden
    Info, // running, will be updated
    Changed, // a pending edit
    Added, // a pending addition
    Removed, // a pending deletion
    SearchMatch, // a row that matches the search text
};

enum class Emphasis { Plain, Bold };

// How setBannerRole() draws: a note (tinted box with a border, rounded, padded), a strip (tinted,
// bordered, square: a frame that has its own layout) or a badge (solid accent, bold, small).
enum class Banner { Note, Strip, Badge };

inline constexpr double MinimumContrast = 4.5;

bool isDark(const QPalette &palette);
// WCAG 2 contrast ratio of two colours (1 … 21).
double contrast(const QColor &a, const QColor &b);

// Text of `role` on the palette's Base and Window (Normal: the palette's Text).
QColor text(Role role, const QPalette &palette);
// text() of `role` made lighter or darker where needed to keep 4.5:1 on `background` too (a
// tinted row, a banner).
QColor textOn(Role role, const QColor &background, const QPalette &palette);
// The background of a row or banner of `role`; invalid for Normal.
QColor tint(Role role, const QPalette &palette);
// The saturated colour of `role` (borders, swatches, badges); invalid for Normal.
QColor accent(Role role, const QPalette &palette);
// text() of `role` in `widget`'s palette as "#rrggbb", for rich text. Rich text does not follow
// palette changes by itself: widgets that build it rebuild it when their content changes.
QString htmlColor(Role role, const QWidget *widget);

// Colours the text of `widget` (a QLabel: its WindowText) through its QPalette and makes it bold
// for Emphasis::Bold. Follows palette changes of the widget, its parent and the application.
// Role::Normal gives the widget its inherited colours and weight back.
void setMessageRole(QWidget *widget, Role role, Emphasis emphasis = Emphasis::Plain);
// Draws `widget` as a banner of `role` (Normal removes it): a style sheet built from the palette,
// rebuilt (on the next event-loop turn) when the palette changes.
void setBannerRole(QWidget *widget, Role role, Banner banner = Banner::Note);
// The role set on `widget` by setMessageRole() or setBannerRole() (Normal when none).
Role roleOf(const QWidget *widget);

} // namespace UiPalette
