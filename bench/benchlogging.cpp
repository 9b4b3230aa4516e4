#include "bench/benchlogging.h"

Q_LOGGING_CATEGORY(lcBench, "biw.bench", QtInfoMsg)
