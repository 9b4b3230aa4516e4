#pragma once

#include <QDateTime>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;
class QWidget;

// Small building blocks shared by the detail panes.
namespace DetailWidgets {

// Adds "label: value" to a form; the value is a selectable label named `objectName`.
QLabel *addValueRow(QFormLayout *form, const QString &label, const QString &objectName);
// Adds a read-only URL field with a Copy button.
QLineEdit *addCopyableRow(QFormLayout *form, const QString &label, const QString &objectName);
// A read-only table with the given headers, stretching its last column.
QTableWidget *makeReadOnlyTable(const QStringList &headers, const QString &objectName, QWidget *parent);
QString formatDate(const QDateTime &date);
QString orDash(const QString &text);

} // namespace DetailWidgets
