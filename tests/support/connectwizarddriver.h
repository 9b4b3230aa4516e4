#pragma once

// Fills the "Connect a portal" wizard's details page by objectName for the in-process sandbox.
#include "sandbox/sandboxserver.h"

#include <QLineEdit>
#include <QTest>
#include <QToolButton>
#include <QWidget>

inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

inline void fillConnectDetails(QWidget *wizard, const SandboxServer &server, const QString &portal,
                               const QString &secret)
{
    typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("portalUrlEdit")), portal);
    typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("clientIdEdit")), server.options().clientId);
    typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit")), secret);
    auto *advanced = wizard->findChild<QToolButton *>(QStringLiteral("advancedToggle"));
    if (!advanced->isChecked())
        advanced->click();
    typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("oauthServerEdit")), server.baseUrl().toString());
}
