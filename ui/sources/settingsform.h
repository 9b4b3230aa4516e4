#pragma once

#include "api/entities/entities.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;

// The connection settings of a source as a form generated from the connector's settings schema:
// one row per setting, STRING → line edit, INT → line edit that accepts only an integer. Every
// value is masked (password echo: no copy, no drag) until the user reveals it with the row's Show
// button or "Show all values"; revealing is never remembered. Values are never put into tooltips,
// accessible descriptions or logs.
class SettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsForm(QWidget *parent = nullptr);

    // Rows for `schema`, in its order. Values already typed for a code are kept; rows for codes
    // the schema no longer has are dropped.
    void setSchema(const QList<ConnectorSetting> &schema);
    // Adds rows for schema settings that are not on the form yet (keeps everything else).
    void addMissing(const QList<ConnectorSetting> &schema);
    // Fills values by code; codes without a row get one (name and type from the value).
    void setValues(const QList<SourceSetting> &values);
    // Fills only the rows whose code matches; other codes are ignored (a source's stored values
    // shown against a connector's declared settings).
    void fillValues(const QList<SourceSetting> &values);
    // Empties every value, keeping the rows.
    void clearValues();
    // code, name, type and value of every row, in row order.
    QList<SourceSetting> values() const;
    void clear();

    bool isEmpty() const { return m_rows.isEmpty(); }
    QLineEdit *editorFor(const QString &code) const;
    void setReadOnly(bool readOnly);
    // Masks every value again (e.g. when another source is shown).
    void hideAllValues();
    bool anyValueShown() const;
    // The widget the rows follow in the tab order (rows are created later than their neighbours).
    void setTabPredecessor(QWidget *widget);

signals:
    // The user changed a value (not emitted for setValues/setSchema).
    void edited();

private:
    struct Row
    {
        ConnectorSetting setting;
        QLabel *label = nullptr;
        QWidget *field = nullptr;
        QLineEdit *edit = nullptr;
        QToolButton *reveal = nullptr;
    };

    Row &appendRow(const ConnectorSetting &setting);
    void removeRow(int index);
    void setShown(Row &row, bool shown);
    void updateEmptyState();
    void updateTabOrder();

    QFormLayout *m_form;
    QLabel *m_empty;
    QCheckBox *m_showAll;
    QList<Row> m_rows;
    QWidget *m_tabPredecessor = nullptr;
    bool m_readOnly = false;
};
