#pragma once

#include "sandbox/sampleconnector/connectorreply.h"

#include <QStringList>

#include <optional>

// Deliberately broken endpoint sets, served under /connector/broken/<variant>/<endpoint>, for
// contract-tester tests. Each variant breaks the protocol in one known way:
//   status500        every endpoint answers HTTP 500 {"error":…}
//   empty            every endpoint answers 200 with an empty body
//   notjson          every endpoint answers 200 with an HTML page
//   missingkeys      tables items lack "title", describe items lack "type"
//   ragged           data has no header row and rows of unequal width
//   noheader         data has no header row (rows of equal width)
//   emptydescription describe answers []
//   unknowntype      describe reports string columns as "varchar" (the portal maps it to string)
//   acceptsanything  check answers 200 for ANY credentials ({"status":"ERROR"} for wrong ones),
//                    like the official example connector
// Endpoints a variant does not break answer as the working connector does.
namespace ConnectorBrokenVariants {

QStringList all();
bool isKnown(const QString &variant);

// The answer of a variant that breaks every endpoint before the request is even read.
std::optional<ConnectorReply> transportDefect(const QString &variant);

bool acceptsAnyCredentials(const QString &variant);

// `correct` (a 200 answer of `endpoint`) broken the way `variant` breaks that endpoint.
ConnectorReply distort(const QString &variant, const QString &endpoint, const ConnectorReply &correct);

} // namespace ConnectorBrokenVariants
