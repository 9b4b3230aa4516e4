#include "ui/tables/fieldscheckheader.h"

#include <QPainter>
#include <QStyleOptionButton>

FieldsCheckHeader::FieldsCheckHeader(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("fieldsCheckHeader"));
    setSectionsClickable(true);
    setHighlightSections(false);
    connect(this, &QHeaderView::sectionClicked, this, [this](int logicalIndex) {
        if (logicalIndex == 0)
            toggle();
    });
}

Qt::CheckState FieldsCheckHeader::checkState() const
{
    if (!model())
        return Qt::Unchecked;
    return model()->headerData(0, Qt::Horizontal, Qt::CheckStateRole).value<Qt::CheckState>();
}

void FieldsCheckHeader::toggle()
{
    if (!model())
        return;
    const Qt::CheckState next = checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked;
    model()->setHeaderData(0, Qt::Horizontal, next, Qt::CheckStateRole);
    viewport()->update();
}

QRect FieldsCheckHeader::checkBoxRect(const QRect &section) const
{
    const int width = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this);
    const int height = style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this);
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    return QRect(section.left() + margin, section.center().y() - height / 2, width, height);
}

void FieldsCheckHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (logicalIndex != 0 || !model()) {
        painter->save();
        QHeaderView::paintSection(painter, rect, logicalIndex);
        painter->restore();
        return;
    }
    // The section shows only the checkbox; its tooltip says what it does.
    QStyleOptionHeader header;
    initStyleOption(&header);
    header.rect = rect;
    header.section = logicalIndex;
    // The style may leave a clip behind (the empty label's rectangle).
    painter->save();
    style()->drawControl(QStyle::CE_Header, &header, painter, this);
    painter->restore();

    QStyleOptionButton option;
    option.initFrom(this);
    option.rect = checkBoxRect(rect);
    option.state |= QStyle::State_Enabled;
    switch (checkState()) {
    case Qt::Checked:
        option.state |= QStyle::State_On;
        break;
    case Qt::PartiallyChecked:
        option.state |= QStyle::State_NoChange;
        break;
    case Qt::Unchecked:
        option.state |= QStyle::State_Off;
        break;
    }
    style()->drawPrimitive(QStyle::PE_IndicatorCheckBox, &option, painter, this);
}

QSize FieldsCheckHeader::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (logicalIndex == 0) {
        const QRect box = checkBoxRect(QRect(0, 0, 0, size.height()));
        size.setWidth(box.width() + 3 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this));
    }
    return size;
}
