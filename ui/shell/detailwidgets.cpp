#include "ui/shell/detailwidgets.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>

namespace DetailWidgets {

QLabel *addValueRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

QLineEdit *addCopyableRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *row = new QWidget(form->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    auto *copy = new QToolButton(row);
    copy->setText(QCoreApplication::translate("DetailWidgets", "Copy"));
    copy->setToolTip(QCoreApplication::translate("DetailWidgets", "Copy to the clipboard"));
    QObject::connect(copy, &QToolButton::clicked, edit,
                     [edit] { QApplication::clipboard()->setText(edit->text()); });
    layout->addWidget(edit, 1);
    layout->addWidget(copy);
    form->addRow(label, row);
    return edit;
}

QTableWidget *makeReadOnlyTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    return table;
}

QString formatDate(const QDateTime &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : orDash(QString());
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace DetailWidgets
