#pragma once

#include <QDockWidget>

class JournalModel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;
class RequestJournal;

// The request journal as a dock: every HTTP exchange with its status and timing; selecting one
// shows the (redacted) request and response.
class JournalDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit JournalDock(QWidget *parent = nullptr);

    void setJournal(RequestJournal *journal);
    JournalModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void showDetails();

    JournalModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QPlainTextEdit *m_details;
};
