#include "models/profiles/profileslogging.h"

Q_LOGGING_CATEGORY(lcProfiles, "biw.profiles", QtInfoMsg)
