#pragma once

#include "api/journal/requestjournal.h"

#include <QDockWidget>

#include <optional>

class JournalFilterProxy;
class JournalModel;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class RequestJournal;

// The request journal as a dock: every HTTP exchange with its status and timing; selecting one
// shows the (redacted) request and response. The selected exchange can be copied as a cURL command
// (secrets as {{PLACEHOLDER}}s) or as its response; the whole journal can be saved as JSON.
class JournalDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit JournalDock(QWidget *parent = nullptr);

    void setJournal(RequestJournal *journal);
    JournalModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *copyCurlAction() const { return m_copyCurl; }
    QAction *copyResponseAction() const { return m_copyResponse; }
    QAction *saveJsonAction() const { return m_saveJson; }
    QCheckBox *errorsOnlyBox() const { return m_errorsOnly; }

    // Every entry (already redacted) as a JSON array, oldest first.
    QByteArray journalJson() const;
    // Writes journalJson() to `fileName`; reports the outcome in the dock's status line.
    bool saveJournal(const QString &fileName);
    // Test hook: "Save journal as JSON…" writes to this file instead of asking with a dialog.
    void setSaveFileNameForTesting(const QString &fileName) { m_testSaveFileName = fileName; }

private:
    void showDetails();
    std::optional<JournalEntry> currentEntry() const;
    void updateActions();
    void copyAsCurl();
    void copyResponse();
    void askSaveFileName();
    void showContextMenu(const QPoint &position);

    JournalModel *m_model;
    JournalFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_errorsOnly;
    QAction *m_copyCurl;
    QAction *m_copyResponse;
    QAction *m_saveJson;
    QLabel *m_status;
    QString m_testSaveFileName;
    QTableView *m_view;
    QPlainTextEdit *m_details;
};
