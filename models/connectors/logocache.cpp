#include "models/connectors/logocache.h"

#include "models/modelslogging.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr int kIconSize = 64;

QIcon iconFromImage(const QImage &image)
{
    return QIcon(QPixmap::fromImage(
        image.scaled(kIconSize, kIconSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace

LogoCache::LogoCache(QNetworkAccessManager *network, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_cacheDirectory(cacheDirectory)
{
}

QIcon LogoCache::fallbackIcon()
{
    return QIcon(u":/models/icons/connector.svg"_s);
}

QImage LogoCache::decodeImage(const QByteArray &bytes, const QByteArray &formatHint, QString *error)
{
    if (bytes.isEmpty() || bytes.size() > kMaxLogoBytes) {
        if (error)
            *error = bytes.isEmpty() ? tr("The logo is empty.") : tr("The logo is larger than 512 KB.");
        return {};
    }
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer, formatHint);
    reader.setDecideFormatFromContent(true);
    if (reader.format() == "svg" || formatHint == "svg")
        reader.setScaledSize(QSize(kIconSize, kIconSize));
    QImage image = reader.read();
    if (image.isNull() && error)
        *error = tr("The logo is not a readable SVG, PNG or JPEG image.");
    return image;
}

QImage LogoCache::decodeDataUri(const QString &uri, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QImage();
    };
    if (!uri.startsWith(u"data:"_s, Qt::CaseInsensitive))
        return fail(tr("The logo is not a data: URI."));
    const qsizetype comma = uri.indexOf(u',');
    if (comma < 0)
        return fail(tr("The logo data URI has no data part."));
    const QString header = uri.mid(5, comma - 5).toLower();
    const QStringList parts = header.split(u';');
    const QString mime = parts.value(0);
    QByteArray format;
    if (mime == u"image/svg+xml"_s)
        format = "svg";
    else if (mime == u"image/png"_s)
        format = "png";
    else if (mime == u"image/jpeg"_s || mime == u"image/jpg"_s)
        format = "jpeg";
    else
        return fail(tr("Unsupported logo type \"%1\"; use SVG, PNG or JPEG.").arg(mime));
    const QByteArray payload = uri.mid(comma + 1).toLatin1();
    if (payload.size() > kMaxLogoBytes * 4 / 3 + 4)
        return fail(tr("The logo is larger than 512 KB."));
    QByteArray bytes;
    if (parts.contains(u"base64"_s)) {
        const auto decoded = QByteArray::fromBase64Encoding(payload, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(tr("The logo's base64 data is corrupt."));
        bytes = *decoded;
    } else {
        bytes = QByteArray::fromPercentEncoding(payload);
    }
    return decodeImage(bytes, format, error);
}

QIcon LogoCache::iconFor(const QString &logo)
{
    if (logo.isEmpty())
        return fallbackIcon();
    if (const auto it = m_icons.constFind(logo); it != m_icons.constEnd())
        return *it;
    if (logo.startsWith(u"data:"_s, Qt::CaseInsensitive)) {
        const QImage image = decodeDataUri(logo);
        const QIcon icon = image.isNull() ? fallbackIcon() : iconFromImage(image);
        m_icons.insert(logo, icon);
        return icon;
    }
    const QUrl url(logo);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || m_failed.contains(logo))
        return fallbackIcon();
    QFile cached(cacheFileFor(logo));
    if (cached.open(QIODevice::ReadOnly)) {
        const QImage image = decodeImage(cached.readAll(), {});
        if (!image.isNull()) {
            const QIcon icon = iconFromImage(image);
            m_icons.insert(logo, icon);
            return icon;
        }
    }
    fetch(logo);
    return fallbackIcon();
}

QString LogoCache::cacheFileFor(const QString &url) const
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_cacheDirectory + u"/logos/"_s + QString::fromLatin1(hash);
}

void LogoCache::fetch(const QString &url)
{
    if (!m_network || m_inFlight.contains(url))
        return;
    m_inFlight.insert(url);
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(20000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        m_inFlight.remove(url);
        const QByteArray bytes = reply->read(kMaxLogoBytes + 1);
        QString error;
        const QImage image = reply->error() == QNetworkReply::NoError ? decodeImage(bytes, {}, &error) : QImage();
        if (image.isNull()) {
            qCInfo(lcModels) << "logo fetch failed:" << url << reply->errorString() << error;
            m_failed.insert(url);
            return;
        }
        QDir().mkpath(m_cacheDirectory + u"/logos"_s);
        QSaveFile file(cacheFileFor(url));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(bytes);
            file.commit();
        }
        m_icons.insert(url, iconFromImage(image));
        emit logoReady(url);
    });
}
