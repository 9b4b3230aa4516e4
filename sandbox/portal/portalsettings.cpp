#include "sandbox/portal/portalsettings.h"

using namespace Qt::StringLiterals;

std::optional<PortalVersion> parsePortalVersion(const QString &text)
{
    if (text == u"25.550"_s)
        return PortalVersion::V25_550;
    if (text == u"25.1150"_s)
        return PortalVersion::V25_1150;
    if (text == u"26.250"_s)
        return PortalVersion::V26_250;
    if (text == u"docs-2026-09"_s)
        return PortalVersion::Docs2026_09;
    return std::nullopt;
}

QString portalVersionName(PortalVersion version)
{
    switch (version) {
    case PortalVersion::V25_550:
        return u"25.550"_s;
    case PortalVersion::V25_1150:
        return u"25.1150"_s;
    case PortalVersion::V26_250:
        return u"26.250"_s;
    case PortalVersion::Docs2026_09:
        return u"docs-2026-09"_s;
    }
    return {};
}
