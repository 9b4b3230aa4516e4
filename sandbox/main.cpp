#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

// Stops the event loop cleanly on SIGINT/SIGTERM (self-pipe: the handler only writes a byte).
void installStopSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("biworkspace-sandbox"));

    SandboxOptions options;
    QString error;
    bool help = false;
    if (!options.parse(QCoreApplication::arguments(), &error, &help)) {
        std::fprintf(stderr, "biworkspace-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    if (help) {
        std::fputs(qPrintable(SandboxOptions::helpText()), stdout);
        return 0;
    }

    SandboxServer server;
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "biworkspace-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    installStopSignals(app);
    const QByteArray line = server.readyLine();
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
