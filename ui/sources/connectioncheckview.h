#pragma once

#include <QUrl>
#include <QWidget>

struct EndpointResult;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// "Check connection" with its inline result: ✓/✗, HTTP status and milliseconds, and an
// expandable detail (URL, what was sent with values as ***, status, findings, body excerpt with
// the setting values redacted). While a check runs the button cancels it.
class ConnectionCheckView : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionCheckView(QWidget *parent = nullptr);

    void setRunning();
    void setResult(const EndpointResult &result, const QUrl &requestedUrl);
    // Forgets the shown result (any edit of the values makes it stale).
    void clear();
    bool hasResult() const { return m_hasResult; }
    bool isRunning() const { return m_running; }
    QString resultText() const;
    QString detailsText() const;
    QPushButton *button() const { return m_button; }

signals:
    void checkRequested();
    void cancelRequested();

private:
    void setDetailsVisible(bool visible);

    QPushButton *m_button;
    QLabel *m_result;
    QToolButton *m_toggle;
    QPlainTextEdit *m_details;
    bool m_running = false;
    bool m_hasResult = false;
};
