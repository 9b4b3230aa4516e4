#include "sandbox/php/requestparams.h"

#include "sandbox/rest/httpexchange.h"
#include "sandbox/php/phpjson.h"
#include "sandbox/php/phpquery.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

QByteArray mediaType(const QByteArray &contentType)
{
    return contentType.split(';').constFirst().trimmed().toLower();
}

QByteArray boundaryOf(const QByteArray &contentType)
{
    for (const QByteArray &part : contentType.split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.toLower().startsWith("boundary=")) {
            QByteArray boundary = trimmed.mid(9);
            if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
                boundary = boundary.mid(1, boundary.size() - 2);
            return boundary;
        }
    }
    return {};
}

// multipart/form-data fields (files are skipped) re-encoded as a query string, so bracket names
// follow exactly the same rules as urlencoded bodies.
QByteArray multipartAsQuery(const QByteArray &body, const QByteArray &boundary)
{
    QList<QByteArray> pairs;
    if (boundary.isEmpty())
        return {};
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        const qsizetype next = body.indexOf(delimiter, pos);
        if (next < 0)
            break;
        QByteArray part = body.mid(pos, next - pos);
        if (part.startsWith("\r\n"))
            part.remove(0, 2);
        if (part.endsWith("\r\n"))
            part.chop(2);
        const qsizetype headerEnd = part.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray headers = part.left(headerEnd);
            const QByteArray value = part.mid(headerEnd + 4);
            QByteArray name;
            bool isFile = false;
            for (const QByteArray &line : headers.split('\n')) {
                if (!line.trimmed().toLower().startsWith("content-disposition"))
                    continue;
                for (const QByteArray &attribute : line.split(';')) {
                    const QByteArray trimmed = attribute.trimmed();
                    if (trimmed.startsWith("name="))
                        name = trimmed.mid(5).replace('"', "");
                    else if (trimmed.startsWith("filename="))
                        isFile = true;
                }
            }
            if (!name.isEmpty() && !isFile) {
                pairs.append(PhpQuery::encodeComponent(QString::fromUtf8(name)) + '='
                             + PhpQuery::encodeComponent(QString::fromUtf8(value)));
            }
        }
        pos = next;
    }
    return pairs.join('&');
}

} // namespace

namespace RequestParams {

bool isJsonMediaType(const QByteArray &contentType)
{
    const QByteArray type = mediaType(contentType);
    return type == "application/json" || type.contains("+json");
}

PhpValue fromRequest(const HttpRequestData &request)
{
    PhpValue params = PhpQuery::parse(request.rawQuery());
    if (request.method != QHttpServerRequest::Method::Post)
        return params;
    const QByteArray contentType = request.header("Content-Type");
    PhpValue post = PhpValue::array();
    if (isJsonMediaType(contentType)) {
        const auto decoded = PhpJson::decode(request.body);
        if (decoded && decoded->isArray())
            post = *decoded;
    } else if (mediaType(contentType) == "multipart/form-data") {
        post = PhpQuery::parse(multipartAsQuery(request.body, boundaryOf(contentType)));
    } else {
        post = PhpQuery::parse(request.body);
    }
    for (const PhpValue::Entry &entry : post.entries())
        params.insert(entry.key, entry.value);
    return params;
}

} // namespace RequestParams

} // namespace SandboxPortal
