#include "bench/pagebypagelister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

PageByPageLister::PageByPageLister(const QUrl &restEndpoint, const QString &accessToken, QObject *parent)
    : QObject(parent)
    , m_endpoint(restEndpoint)
    , m_accessToken(accessToken)
{
}

void PageByPageLister::start(const QStringList &listMethods)
{
    m_methods = listMethods;
    m_page = 1;
    m_result = Result();
    m_clock.start();
    sendPage();
}

void PageByPageLister::sendPage()
{
    if (m_methods.isEmpty())
        return finish(QString());
    QNetworkRequest request(m_endpoint.resolved(QUrl(m_methods.constFirst())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{u"order"_s, QJsonObject{{u"id"_s, u"ASC"_s}}}, {u"page"_s, m_page},
                           {u"auth"_s, m_accessToken}};
    ++m_result.requests;
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void PageByPageLister::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 503) {
        ++m_result.rateLimited;
        QTimer::singleShot(RateLimitWaitMs, this, &PageByPageLister::sendPage);
        return;
    }
    const QJsonValue result = QJsonDocument::fromJson(reply->readAll()).object().value(u"result"_s);
    if (status != 200 || !result.isArray())
        return finish(u"%1 page %2 failed (HTTP %3)"_s.arg(m_methods.constFirst()).arg(m_page).arg(status));
    const qsizetype count = result.toArray().size();
    m_result.items += count;
    if (count < PageSize) {
        m_methods.removeFirst();
        m_page = 1;
    } else {
        ++m_page;
    }
    sendPage();
}

void PageByPageLister::finish(const QString &error)
{
    m_result.wallMs = m_clock.elapsed();
    m_result.error = error;
    emit finished();
}
