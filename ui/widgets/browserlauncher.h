#pragma once

#include <QUrl>

#include <functional>

// Opens web pages in the user's browser (the portal's sign-in page). Tests install a handler that
// captures the URL instead of starting a browser.
namespace BrowserLauncher {

using Handler = std::function<bool(const QUrl &url)>;

// QDesktopServices::openUrl, or the test handler. False when nothing could open the URL.
bool open(const QUrl &url);
// Replaces the system browser (empty handler = back to the system browser).
void setHandlerForTests(Handler handler);

} // namespace BrowserLauncher
