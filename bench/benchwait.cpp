#include "bench/benchwait.h"

void BenchWait::idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, [&loop] { loop.exit(0); });
    loop.exec();
}
