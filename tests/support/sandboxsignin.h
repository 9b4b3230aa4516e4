#pragma once

// Test helpers for sign-ins against the in-process sandbox: a profile pointing at it, and one
// complete browser round (capture the authorize URL, click Allow/Deny, follow the redirect to the
// loopback listener, wait for the flow to finish).
#include "api/transport/portalurl.h"
#include "models/profiles/profile.h"
#include "models/profiles/signinflow.h"
#include "sandbox/sandboxserver.h"
#include "support/freeport.h"
#include "support/sandboxbrowser.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

// The sandbox with the demo seed on a free loopback port (null and *error when it cannot start).
inline std::unique_ptr<SandboxServer> startDemoSandbox(QString *error)
{
    auto server = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.seed = QStringLiteral("demo");
    if (!server->start(options, error))
        return nullptr;
    return server;
}

inline Profile sandboxProfile(const SandboxServer &server, const QString &name = QStringLiteral("Sandbox"))
{
    Profile profile = Profile::create();
    profile.displayName = name;
    profile.portalUrl = PortalUrl::parse(server.baseUrl().toString()).url();
    profile.clientId = server.options().clientId;
    profile.oauthServerUrl = server.baseUrl();
    profile.redirectPort = freeLoopbackPort();
    return profile;
}

// Runs `start` (which starts `flow`), plays the browser on the captured authorize URL and waits
// until the flow stops running. False if no authorize URL came or the flow did not finish.
inline bool browseSignIn(SignInFlow *flow, const std::function<void()> &start, SandboxBrowser &browser,
                         SandboxBrowser::Choice choice = SandboxBrowser::Choice::Allow)
{
    QSignalSpy opened(flow, &SignInFlow::openBrowserRequested);
    start();
    if (opened.size() != 1)
        return false;
    browser.visit(opened.at(0).at(0).toUrl(), choice);
    if (!QTest::qWaitFor([&] { return browser.isFinished(); }, 10000))
        return false;
    if (choice == SandboxBrowser::Choice::StopBeforeRedirect)
        return true;
    return QTest::qWaitFor([&] { return !flow->isRunning(); }, 10000);
}
