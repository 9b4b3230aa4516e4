#include "sandbox/sandboxlogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "biw.sandbox", QtInfoMsg)
