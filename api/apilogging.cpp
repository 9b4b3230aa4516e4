#include "api/apilogging.h"

Q_LOGGING_CATEGORY(lcApi, "biw.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiAuth, "biw.api.auth", QtInfoMsg)
