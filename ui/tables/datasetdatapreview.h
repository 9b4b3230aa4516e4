#pragma once

#include "api/entities/entities.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class DatasetSourceEndpoint;
class EndpointCall;
class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
struct EndpointResult;

// The first rows of a table as BI Builder would receive them: urlData with the visible columns
// (select = their NAMEs, mapFields[externalCode] = NAME, like the portal), with loading, empty and
// error states. Used by the "New dataset" wizard (20 rows, like the portal's preview) and by the
// dataset pane's "Data preview" tab (limit up to 1 000). Ctrl+C copies the selected cells as
// tab-separated text with their column names.
class DatasetDataPreview : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultLimit = 20;
    static constexpr int MaxLimit = 1000;

    explicit DatasetDataPreview(QWidget *parent = nullptr);
    ~DatasetDataPreview() override;

    // Shows the limit box and a Load button (the pane); the wizard uses the default limit.
    void setLimitEditable(bool editable);
    int limit() const;
    void setLimit(int limit);

    // Where load/Retry read the fields from when set (the pane: the fields as they will be after
    // the pending changes), instead of the fields given to load().
    void setFieldsSource(std::function<QList<DatasetField>()> fields) { m_fieldsSource = std::move(fields); }

    // Asks `endpoint` for up to limit() rows of `table` with `fields` (pass the visible ones).
    void load(DatasetSourceEndpoint *endpoint, const QString &table, const QList<DatasetField> &fields);
    // Runs the last load() again.
    void reload();
    // Drops the rows and shows `message` instead.
    void showMessage(const QString &message);
    bool isLoading() const { return !m_call.isNull(); }
    int rowCount() const;

    QTableView *view() const { return m_view; }
    QString selectionAsText() const;

public slots:
    void copySelection() const;

signals:
    // After each load: ok, or the error shown.
    void loaded(bool ok);

private:
    void start();
    void showResult(const EndpointResult &result);
    void showStatus(const QString &text, bool error);

    QPointer<DatasetSourceEndpoint> m_endpoint;
    QString m_table;
    QList<DatasetField> m_fields;
    std::function<QList<DatasetField>()> m_fieldsSource;
    QPointer<EndpointCall> m_call;
    QWidget *m_limitRow;
    QSpinBox *m_limit;
    QPushButton *m_load;
    QLabel *m_status;
    QPushButton *m_retry;
    QTableView *m_view;
    QStandardItemModel *m_rows;
};
