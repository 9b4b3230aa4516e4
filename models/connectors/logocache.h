#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;

// Connector logos: the `logo` field is a data: URI (SVG, PNG or JPEG) or an http(s) URL. Data URIs
// are decoded on first use; URLs are fetched once and kept in a disk cache. Until a logo is
// available (or when it cannot be decoded) the fallback connector icon is returned.
class LogoCache : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxLogoBytes = 512 * 1024;

    LogoCache(QNetworkAccessManager *network, const QString &cacheDirectory, QObject *parent = nullptr);

    QIcon iconFor(const QString &logo);
    static QIcon fallbackIcon();

    // Decodes a data: URI with an SVG/PNG/JPEG payload. Returns a null image and sets *error when
    // the URI is malformed, too large or not an image.
    static QImage decodeDataUri(const QString &uri, QString *error = nullptr);
    static QImage decodeImage(const QByteArray &bytes, const QByteArray &formatHint, QString *error = nullptr);

signals:
    void logoReady(const QString &logo);

private:
    void fetch(const QString &url);
    QString cacheFileFor(const QString &url) const;

    QNetworkAccessManager *m_network;
    QString m_cacheDirectory;
    QHash<QString, QIcon> m_icons;
    QSet<QString> m_inFlight;
    QSet<QString> m_failed;
};
