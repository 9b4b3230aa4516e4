#include "ui/connectors/connectorfindingslabel.h"

#include "ui/widgets/uipalette.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ConnectorFindingsLabel::ConnectorFindingsLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

ConnectorFindingsLabel::Finding ConnectorFindingsLabel::error(const QString &code, const QString &message)
{
    return {Finding::Severity::Error, code, message};
}

bool ConnectorFindingsLabel::hasErrorIn(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.isError(); });
}

bool ConnectorFindingsLabel::hasErrors() const
{
    return hasErrorIn(m_findings);
}

void ConnectorFindingsLabel::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    QStringList lines;
    for (const Finding &finding : findings) {
        const QString color =
            UiPalette::htmlColor(finding.isError() ? UiPalette::Role::Error : UiPalette::Role::Warning, this);
        const QString mark = finding.isError() ? tr("Error:") : tr("Warning:");
        lines.append(u"<span style=\"color:%1\"><b>%2</b> %3</span>"_s.arg(color, mark, finding.message.toHtmlEscaped()));
    }
    setText(lines.join(u"<br>"_s));
    setVisible(!lines.isEmpty());
}
