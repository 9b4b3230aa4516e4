// Connector logos: the `logo` field of a connector is whatever the portal (or another app) stored,
// decoded by LogoCache::decodeDataUri for every connector shown; ConnectorLogo describes it in
// summaries and turns picked files into data URIs.
//
// Input: the logo value (a data: URI, a URL or garbage); the raw bytes also go through the
// picked-file path (content sniffing + decoding).
#include "models/connectors/connectorlogo.h"
#include "models/connectors/logocache.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace {

// Decoding SVG renders text, which needs a QGuiApplication. A fuzzer has no main() of its own, so
// the application is made on first use (the regression test already has one). It is never
// destroyed: Qt's font caches stay reachable instead of being reported as leaks at exit.
void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "fuzz_logo";
    static char *argv[] = {name, nullptr};
    static const QGuiApplication *application = new QGuiApplication(argc, argv);
    Q_UNUSED(application);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureGuiApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString logo = QString::fromUtf8(bytes);
    QString error;
    LogoCache::decodeDataUri(logo, &error);
    ConnectorLogo::describe(logo);
    ConnectorLogo::isDataUri(logo);
    ConnectorLogo::fromBytes(bytes, u"logo"_s);
    return 0;
}
