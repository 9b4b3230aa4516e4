#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class ApiCall;
class QLabel;
class QPushButton;
class QStackedLayout;
class RestClient;

// Base of the detail panes: shows what the tree already knows at once, then loads the full
// object with `*.get` (cancelling the previous load), with a loading state and an error + Retry.
// Subclasses build their content widget and fill it in present().
class EntityDetailPane : public QWidget
{
    Q_OBJECT
public:
    EntityDetailPane(const QString &getMethod, QWidget *parent = nullptr);
    ~EntityDetailPane() override;

    void setClient(RestClient *client);
    void showEntity(qint64 id, const QJsonObject &listItem);
    qint64 entityId() const { return m_id; }
    bool isLoading() const { return !m_call.isNull(); }

    // Editing panes override these: the main window asks before the selection moves away, before
    // the portal changes and before it closes. save() reports success through `done`.
    virtual bool hasUnsavedChanges() const { return false; }
    virtual QString unsavedChangesSubject() const;
    virtual void save(std::function<void(bool ok)> done) { done(true); }
    virtual void discardChanges() {}

public slots:
    void reload();

signals:
    void loaded(const QJsonObject &item);

protected:
    // Places the pane's content under the status line. Call once from the subclass constructor.
    void setContent(QWidget *content);
    // Fills the content from the list item (complete == false) or the get item (complete == true).
    virtual void present(const QJsonObject &item, bool complete) = 0;

private:
    void showStatus(const QString &text, bool error);

    QString m_getMethod;
    QPointer<RestClient> m_client;
    QPointer<ApiCall> m_call;
    qint64 m_id = 0;
    QLabel *m_status;
    QPushButton *m_retry;
    QWidget *m_statusRow;
};
