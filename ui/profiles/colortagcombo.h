#pragma once

#include <QColor>
#include <QComboBox>

// Picks a profile's colour tag (none, or one of a few distinct colours, e.g. red for production).
class ColorTagCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit ColorTagCombo(QWidget *parent = nullptr);

    QColor color() const;
    // Selects `color`, adding it when it is not one of the presets.
    void setColor(const QColor &color);
};
