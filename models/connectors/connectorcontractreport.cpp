#include "models/connectors/connectorcontractreport.h"

#include "models/tables/datasize.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Pipes would split a Markdown table cell.
QString cell(QString text)
{
    return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
}

QString formEncoded(const QList<PhpQuery::Pair> &fields)
{
    QStringList pairs;
    for (const auto &[name, value] : fields)
        pairs.append(name + u'=' + value);
    return pairs.join(u'&');
}

} // namespace

QString ConnectorContractReport::formatSize(qint64 bytes)
{
    return formatDataSize(bytes);
}

QString ConnectorContractReport::formatElapsed(qint64 ms)
{
    return tr("%1 ms").arg(ms);
}

QString ConnectorContractReport::redact(QString text, const QStringList &secrets)
{
    QStringList sorted = secrets;
    // Longest first, so a secret containing another is replaced whole.
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(sorted)) {
        if (secret.size() >= 3)
            text.replace(secret, u"***"_s);
    }
    return text;
}

QString ConnectorContractReport::fenced(const QString &text)
{
    // A fence longer than any backtick run inside, so the body cannot close it.
    qsizetype longest = 0;
    static const QRegularExpression ticks(u"`+"_s);
    for (auto it = ticks.globalMatch(text); it.hasNext();)
        longest = std::max(longest, it.next().capturedLength());
    const QString fence(std::max<qsizetype>(3, longest + 1), u'`');
    return fence + u'\n' + text + (text.endsWith(u'\n') ? QString() : u"\n"_s) + fence + u'\n';
}

QString ConnectorContractReport::stepSection(int number, const ConnectorContractTest::StepResult &step)
{
    using Test = ConnectorContractTest;
    QString out = u"## %1. %2 — %3\n\n"_s.arg(number).arg(Test::stepTitle(step.step), Test::verdictText(step.verdict));
    if (!step.summary.isEmpty())
        out += step.summary + u"\n\n"_s;
    if (!step.ran)
        return out;
    const EndpointDiagnostics &d = step.endpoint.diagnostics;
    out += u"- "_s + tr("Endpoint: `%1` %2").arg(Test::endpointField(step.step), d.url.toString()) + u'\n';
    out += u"- "_s + tr("Request (form-encoded POST): `%1`").arg(formEncoded(d.requestFields)) + u'\n';
    if (d.transportError.isEmpty())
        out += u"- "_s + tr("HTTP status: %1").arg(d.httpStatus) + u'\n';
    else
        out += u"- "_s + tr("No HTTP answer: %1").arg(d.transportError) + u'\n';
    out += u"- "_s + tr("Time: %1").arg(formatElapsed(d.elapsedMs)) + u'\n';
    out += u"- "_s + tr("Size: %1").arg(formatSize(d.bytes)) + u'\n';
    if (!d.contentType.isEmpty())
        out += u"- "_s + tr("Content type: %1").arg(d.contentType) + u'\n';
    // The wrong-credentials step expects a refusal; its "violations" are the refusal itself.
    if (step.step != Test::Step::WrongCredentials && !step.endpoint.violations.isEmpty()) {
        out += u"\n"_s + tr("Protocol violations:") + u"\n\n"_s;
        for (const EndpointViolation &violation : step.endpoint.violations)
            out += u"- **%1** (%2): %3\n"_s.arg(violation.name(),
                                                violation.isError() ? tr("error") : tr("warning"), violation.message);
    }
    if (!d.bodyExcerpt.isEmpty()) {
        const QString excerpt = QString::fromUtf8(d.bodyExcerpt);
        out += u"\n"_s
               + (d.bytes > d.bodyExcerpt.size() ? tr("Response body (first %1):").arg(formatSize(d.bodyExcerpt.size()))
                                                 : tr("Response body:"))
               + u"\n\n"_s + fenced(excerpt);
    }
    return out + u'\n';
}

QString ConnectorContractReport::markdown(const ConnectorContractTest &test)
{
    using Test = ConnectorContractTest;
    const Test::Options &options = test.options();
    QString out = u"# "_s + tr("Endpoint contract test: %1").arg(options.connectorTitle) + u"\n\n"_s;
    out += u"- "_s + tr("Run at: %1").arg(test.startedAt().toString(Qt::ISODate)) + u'\n';
    out += u"- "_s
           + tr("Settings: %1").arg(options.settingsOrigin.isEmpty() ? tr("none") : options.settingsOrigin)
           + u'\n';
    if (options.searchString)
        out += u"- "_s + tr("Search string: “%1”").arg(*options.searchString) + u'\n';
    out += u"- "_s + tr("Result: %1 passed, %2 with warnings, %3 failed, %4 skipped")
                         .arg(test.count(Test::Verdict::Passed))
                         .arg(test.count(Test::Verdict::Warning))
                         .arg(test.count(Test::Verdict::Failed))
                         .arg(test.count(Test::Verdict::Skipped))
           + u"\n\n"_s;

    out += u"| # | %1 | %2 | %3 | HTTP | %4 | %5 |\n|---|---|---|---|---|---|---|\n"_s.arg(
        tr("Step"), tr("Endpoint"), tr("Result"), tr("Time"), tr("Size"));
    const auto &results = test.results();
    for (int i = 0; i < results.size(); ++i) {
        const Test::StepResult &step = results.at(i);
        const EndpointDiagnostics &d = step.endpoint.diagnostics;
        out += u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n"_s.arg(i + 1)
                   .arg(cell(Test::stepTitle(step.step)), Test::endpointField(step.step),
                        cell(Test::verdictText(step.verdict)),
                        step.ran && d.httpStatus ? QString::number(d.httpStatus) : u"—"_s,
                        step.ran ? formatElapsed(d.elapsedMs) : u"—"_s, step.ran ? formatSize(d.bytes) : u"—"_s);
    }
    out += u'\n';
    for (int i = 0; i < results.size(); ++i)
        out += stepSection(i + 1, results.at(i));
    return redact(out, test.secrets());
}
