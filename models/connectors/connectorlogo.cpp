#include "models/connectors/connectorlogo.h"

#include "models/tables/datasize.h"

#include "models/connectors/logocache.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

QString ConnectorLogo::mimeTypeOf(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (bytes.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    // SVG is text: an XML prolog, comments or a doctype may come first.
    const QByteArray head = bytes.left(1024).trimmed();
    if ((head.startsWith('<') || head.startsWith("\xef\xbb\xbf<")) && head.contains("<svg"))
        return u"image/svg+xml"_s;
    return {};
}

QString ConnectorLogo::tooLarge(const QString &fileName, qint64 size)
{
    return tr("\"%1\" is %2; a logo may be at most %3.")
        .arg(fileName, formatDataSize(size), formatDataSize(LogoCache::kMaxLogoBytes));
}

ConnectorLogo::Loaded ConnectorLogo::fromFile(const QString &path)
{
    Loaded loaded;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = tr("Cannot read \"%1\": %2").arg(name, file.errorString());
        return loaded;
    }
    if (file.size() > LogoCache::kMaxLogoBytes) {
        loaded.error = tooLarge(name, file.size());
        return loaded;
    }
    return fromBytes(file.readAll(), name);
}

ConnectorLogo::Loaded ConnectorLogo::fromBytes(const QByteArray &bytes, const QString &fileName)
{
    Loaded loaded;
    if (bytes.size() > LogoCache::kMaxLogoBytes) {
        loaded.error = tooLarge(fileName, bytes.size());
        return loaded;
    }
    const QString mime = mimeTypeOf(bytes);
    if (mime.isEmpty()) {
        loaded.error = tr("\"%1\" is not an SVG, PNG or JPEG image.").arg(fileName);
        return loaded;
    }
    const QByteArray format = mime == u"image/png"_s ? "png" : mime == u"image/jpeg"_s ? "jpeg" : "svg";
    QString decodeError;
    loaded.image = LogoCache::decodeImage(bytes, format, &decodeError);
    if (loaded.image.isNull()) {
        loaded.error = tr("\"%1\" cannot be used: %2").arg(fileName, decodeError);
        return loaded;
    }
    loaded.dataUri = u"data:"_s + mime + u";base64,"_s + QString::fromLatin1(bytes.toBase64());
    return loaded;
}

bool ConnectorLogo::isDataUri(const QString &logo)
{
    return logo.startsWith(u"data:"_s, Qt::CaseInsensitive);
}

QString ConnectorLogo::describe(const QString &logo)
{
    if (logo.isEmpty())
        return tr("none");
    if (!isDataUri(logo))
        return logo;
    const qsizetype comma = logo.indexOf(u',');
    const QString mime = logo.mid(5, comma - 5).section(u';', 0, 0).toLower();
    const QString kind = mime == u"image/png"_s    ? tr("PNG image")
                         : mime == u"image/jpeg"_s ? tr("JPEG image")
                         : mime == u"image/svg+xml"_s ? tr("SVG image")
                                                      : mime;
    // base64: 3 bytes per 4 characters.
    const qint64 bytes = comma < 0 ? 0 : qint64(logo.size() - comma - 1) * 3 / 4;
    return tr("%1, %2, embedded as a data: URI").arg(kind, formatDataSize(bytes));
}
