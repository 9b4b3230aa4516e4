// ApiError::userMessage(): the translated explanation shown to the user. Kept apart from the
// parsing code so translators and reviewers find every user-visible sentence in one place.
#include "api/transport/apierror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// Gives this file tr() in the "ApiError" translation context (lupdate understands the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

// Sentences for codes whose meaning is more specific than their kind.
QString messageForCode(const QString &code, ApiError::Kind kind)
{
    const QString upper = code.toUpper();
    if (upper == u"CONNECTOR_DELETE_RESTRICTED"_s)
        return Text::tr("The connector still has sources. Delete its sources first.");
    if (upper == u"BX_ERROR"_s && kind == ApiError::Kind::Conflict)
        return Text::tr("The source still has datasets. Delete its datasets first.");
    if (upper == u"DATASET_ALREADY_EXIST"_s || upper == u"NAME_EXISTS"_s)
        return Text::tr("A table with this name already exists on the portal.");
    if (upper == u"ERROR_METHOD_NOT_FOUND"_s)
        return Text::tr("The portal does not know this method. Its version may be older than this feature.");
    if (upper == u"SOURCE_CREATE_CONNECTION_ERROR"_s)
        return Text::tr("The portal could not connect to the connector with these settings, so the source was "
                  "not created.");
    if (upper == u"SOURCE_UPDATE_CONNECTION_ERROR"_s)
        return Text::tr("The portal could not connect to the connector with these settings, so the source was "
                  "not changed.");
    if (upper == u"INSECURE_URL"_s)
        return Text::tr("The portal address uses unencrypted http://, so nothing was sent: sign-in data travels "
                        "only over https:// (plain http:// is allowed only for this computer). Use the portal's "
                        "https:// address.");
    if (upper == u"NO_AUTH_FOUND"_s)
        return Text::tr("The portal did not receive any sign-in data.");
    return QString();
}

QString messageForKind(ApiError::Kind kind)
{
    using Kind = ApiError::Kind;
    switch (kind) {
    case Kind::None: return QString();
    case Kind::Auth: return Text::tr("The portal did not accept the sign-in. Sign in again.");
    case Kind::SignInRequired: return Text::tr("The sign-in has expired or was revoked. Sign in to the portal again.");
    case Kind::Scope: return Text::tr("The application lacks the \"biconnector\" permission on this portal.");
    case Kind::AccessDenied:
        return Text::tr("Access denied. The account needs access to BI Builder and the Analytics Hub, and the "
                  "portal must be called as an application, not a webhook.");
    case Kind::NotFound:
        return Text::tr("The object was not found. It may have been deleted, or it belongs to another application.");
    case Kind::Validation: return Text::tr("The portal rejected the input.");
    case Kind::Conflict: return Text::tr("The portal refused the change because of related objects.");
    case Kind::ConnectionCheckFailed: return Text::tr("The portal could not connect to the connector.");
    case Kind::RateLimited: return Text::tr("The portal is limiting the request rate. Try again in a moment.");
    case Kind::OperatingLimit:
        return Text::tr("The portal has temporarily blocked this method because it used too much server time.");
    case Kind::Server: return Text::tr("The portal failed to process the request.");
    case Kind::Transport: return Text::tr("The portal could not be reached. Check the network connection.");
    case Kind::Timeout: return Text::tr("The portal did not answer in time.");
    case Kind::Canceled: return Text::tr("The request was canceled.");
    case Kind::Protocol: return Text::tr("The portal sent a reply that could not be understood.");
    case Kind::Ambiguous:
        return Text::tr("The reply was lost, so it is unknown whether the change was made. Refresh before trying "
                  "again.");
    case Kind::Other: return Text::tr("The portal reported an error.");
    }
    return QString();
}

bool showsServerText(ApiError::Kind kind)
{
    using Kind = ApiError::Kind;
    return kind == Kind::Validation || kind == Kind::Other || kind == Kind::Server;
}

} // namespace

QString ApiError::userMessage() const
{
    if (isTlsFailure()) {
        // The server text is Qt's (translated) description of the certificate problem.
        return Text::tr("The secure connection to the portal failed: its certificate could not be verified (%1). "
                        "Nothing was sent. Check the address, or ask the portal's administrator to fix the "
                        "certificate.")
            .arg(m_description);
    }
    QString message = messageForCode(m_code, m_kind);
    if (message.isEmpty())
        message = messageForKind(m_kind);
    // UNPARSEABLE_REPLY carries the client's own parser text, not the portal's words.
    if (showsServerText(m_kind) && !m_description.isEmpty() && m_code != u"UNPARSEABLE_REPLY"_s)
        message = Text::tr("%1 The portal says: %2").arg(message, m_description);
    return message;
}
