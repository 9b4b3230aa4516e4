#pragma once

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkReply;

// The baseline of scenario 1: lists like the official SDKs do, one plain `*.list` POST at a time,
// page=1,2,… until a page has fewer than 50 items (without the SDKs' stop after the first page).
// A 503 is answered by waiting one second and sending the same page again.
class PageByPageLister : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        int requests = 0;      // HTTP requests sent, refused ones included
        int rateLimited = 0;   // 503 answers
        qint64 items = 0;
        qint64 wallMs = 0;
        QString error;         // empty on success
    };

    PageByPageLister(const QUrl &restEndpoint, const QString &accessToken, QObject *parent = nullptr);

    // Lists every method in turn; emits finished() once.
    void start(const QStringList &listMethods);
    Result result() const { return m_result; }

    static constexpr int PageSize = 50;
    static constexpr int RateLimitWaitMs = 1000;

signals:
    void finished();

private:
    void sendPage();
    void onReply(QNetworkReply *reply);
    void finish(const QString &error);

    QNetworkAccessManager m_network;
    QUrl m_endpoint;
    QString m_accessToken;
    QStringList m_methods;
    int m_page = 1;
    QElapsedTimer m_clock;
    Result m_result;
};
