#pragma once

#include "models/connectors/connectorcontracttest.h"

#include <QCoreApplication>
#include <QString>

// The contract tester's results as a Markdown document (for the clipboard or a .md file): a
// summary table, then per step the URL, the form as sent, HTTP status, time, size, each protocol
// violation in words and the body excerpt. Setting values never appear: the endpoint client
// already masks them, and a final pass replaces every secret (and its deliberately wrong variant)
// of three or more characters by ***.
class ConnectorContractReport
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorContractReport)
public:
    static QString markdown(const ConnectorContractTest &test);

    // "2.4 KB", "183 ms" — shared with the views.
    static QString formatSize(qint64 bytes);
    static QString formatElapsed(qint64 ms);
    // `text` with every secret of 3+ characters replaced by ***.
    static QString redact(QString text, const QStringList &secrets);

private:
    static QString stepSection(int number, const ConnectorContractTest::StepResult &step);
    static QString fenced(const QString &text);
};
