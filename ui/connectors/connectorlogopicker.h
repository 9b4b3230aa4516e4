#pragma once

#include "models/connectors/connectorendpointrules.h"

#include <QPointer>
#include <QWidget>

class ConnectorFindingsLabel;
class LogoCache;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// Picks a connector logo: an SVG/PNG/JPEG file, embedded as a data: URI (size-checked), or an
// http(s) URL; shows a preview. The `logo` field is required by the portal.
class ConnectorLogoPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectorLogoPicker(QWidget *parent = nullptr);

    // Previews URL logos through `cache` (optional; without it a URL shows the generic icon).
    void setLogoCache(LogoCache *cache);

    QString logo() const;
    void setLogo(const QString &logo);
    // Embeds the image file at `path`; false (with the reason shown) when it cannot be used.
    bool loadFile(const QString &path);

    QList<ConnectorEndpointRules::Finding> findings() const;

signals:
    void changed();

private:
    void chooseFile();
    void updateState();
    void showPreview();

    QLabel *m_preview;
    QRadioButton *m_fromFile;
    QRadioButton *m_fromUrl;
    QLabel *m_fileInfo;
    QPushButton *m_choose;
    QLineEdit *m_url;
    ConnectorFindingsLabel *m_problems;
    QPointer<LogoCache> m_cache;
    QString m_dataUri;
    QString m_fileError;
};
