#include "ui/widgets/browserlauncher.h"

#include "ui/uilogging.h"

#include <QDesktopServices>

namespace BrowserLauncher {

namespace {
Handler &testHandler()
{
    static Handler handler;
    return handler;
}
} // namespace

bool open(const QUrl &url)
{
    if (testHandler())
        return testHandler()(url);
    const bool opened = QDesktopServices::openUrl(url);
    if (!opened)
        qCWarning(lcUi) << "could not open a browser for" << url.host();
    return opened;
}

void setHandlerForTests(Handler handler)
{
    testHandler() = std::move(handler);
}

} // namespace BrowserLauncher
