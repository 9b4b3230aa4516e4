#include "ui/profiles/colortagcombo.h"

#include "models/profiles/profilesmodel.h"

using namespace Qt::StringLiterals;

ColorTagCombo::ColorTagCombo(QWidget *parent)
    : QComboBox(parent)
{
    addItem(tr("No colour"), QColor());
    const std::pair<QString, QColor> presets[] = {
        {tr("Red"), QColor(0xd9, 0x3f, 0x3f)},    {tr("Orange"), QColor(0xf0, 0x8c, 0x24)},
        {tr("Yellow"), QColor(0xe6, 0xc2, 0x1a)}, {tr("Green"), QColor(0x3f, 0xa3, 0x4d)},
        {tr("Blue"), QColor(0x2f, 0x7d, 0xe1)},   {tr("Purple"), QColor(0x8e, 0x4e, 0xc6)},
        {tr("Grey"), QColor(0x80, 0x80, 0x80)},
    };
    for (const auto &[name, color] : presets)
        addItem(QIcon(ProfilesModel::colorSwatch(color)), name, color);
}

QColor ColorTagCombo::color() const
{
    return currentData().value<QColor>();
}

void ColorTagCombo::setColor(const QColor &color)
{
    for (int i = 0; i < count(); ++i) {
        if (itemData(i).value<QColor>() == color) {
            setCurrentIndex(i);
            return;
        }
    }
    addItem(QIcon(ProfilesModel::colorSwatch(color)), color.name(), color);
    setCurrentIndex(count() - 1);
}
