#pragma once

// GUI test helpers: the system browser replaced by a list of the URLs the app asked to open, and
// screenshots saved under $BIW_SCREENSHOT_DIR (default /tmp/biw-screenshots) to be looked at.
#include "ui/widgets/browserlauncher.h"

#include <QDir>
#include <QList>
#include <QUrl>
#include <QWidget>

// Captures BrowserLauncher::open() while alive.
class BrowserCapture
{
public:
    BrowserCapture()
    {
        BrowserLauncher::setHandlerForTests([this](const QUrl &url) {
            m_opened << url;
            return true;
        });
    }
    ~BrowserCapture() { BrowserLauncher::setHandlerForTests({}); }
    BrowserCapture(const BrowserCapture &) = delete;
    BrowserCapture &operator=(const BrowserCapture &) = delete;

    const QList<QUrl> &opened() const { return m_opened; }
    void clear() { m_opened.clear(); }

private:
    QList<QUrl> m_opened;
};

inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BIW_SCREENSHOT_DIR", QStringLiteral("/tmp/biw-screenshots"));
    return QDir().mkpath(dir) && widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
