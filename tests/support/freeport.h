#pragma once

#include <QHostAddress>
#include <QTcpServer>

// A loopback port that was free a moment ago (for a redirect listener that needs a fixed port).
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
