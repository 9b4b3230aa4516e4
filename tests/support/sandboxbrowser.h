#pragma once

// Plays the user's browser against the sandbox's OAuth authorize page: loads the page, clicks
// Allow (or Deny) by following its link, and follows the portal's redirect to wherever it points
// (the app's loopback listener). Tests capture the authorize URL through BrowserLauncher's hook or
// SignInFlow::openBrowserRequested and hand it to visit(); wait with QTRY_VERIFY(isFinished()).
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QRegularExpression>
#include <QUrl>

class SandboxBrowser : public QObject
{
public:
    enum class Choice { Allow, Deny, StopBeforeRedirect };

    // Loads `authorizeUrl`, then follows the link of `choice`. With StopBeforeRedirect the portal's
    // redirect is not followed: redirectTarget() then holds the address a browser would show.
    void visit(const QUrl &authorizeUrl, Choice choice = Choice::Allow)
    {
        m_finished = false;
        m_choice = choice;
        QNetworkReply *page = m_network.get(QNetworkRequest(authorizeUrl));
        connect(page, &QNetworkReply::finished, this, [this, page, authorizeUrl] {
            page->deleteLater();
            m_authorizePage = page->readAll();
            const QString id = m_choice == Choice::Deny ? QStringLiteral("deny") : QStringLiteral("allow");
            const QRegularExpression link(QStringLiteral("id=\"%1\" href=\"([^\"]+)\"").arg(id));
            const QRegularExpressionMatch match = link.match(QString::fromUtf8(m_authorizePage));
            if (!match.hasMatch()) {
                m_finished = true;
                return;
            }
            QString href = match.captured(1);
            href.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            QNetworkRequest click(authorizeUrl.resolved(QUrl::fromEncoded(href.toLatin1())));
            if (m_choice == Choice::StopBeforeRedirect)
                click.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply *answer = m_network.get(click);
            connect(answer, &QNetworkReply::finished, this, [this, answer] {
                answer->deleteLater();
                m_status = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                m_redirectTarget = answer->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
                m_finalUrl = answer->url();
                m_body = answer->readAll();
                m_finished = true;
            });
        });
    }

    bool isFinished() const { return m_finished; }
    QByteArray authorizePage() const { return m_authorizePage; }
    int status() const { return m_status; }
    QUrl finalUrl() const { return m_finalUrl; }
    QUrl redirectTarget() const { return m_redirectTarget; }
    QByteArray body() const { return m_body; }

private:
    QNetworkAccessManager m_network;
    Choice m_choice = Choice::Allow;
    bool m_finished = false;
    QByteArray m_authorizePage;
    int m_status = 0;
    QUrl m_finalUrl;
    QUrl m_redirectTarget;
    QByteArray m_body;
};
