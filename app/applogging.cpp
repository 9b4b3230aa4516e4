#include "app/applogging.h"

Q_LOGGING_CATEGORY(lcApp, "biw.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAppKeychain, "biw.app.keychain", QtInfoMsg)
