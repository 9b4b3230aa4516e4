#pragma once

#include "ui/entitydetailpane.h"

class QCheckBox;
class QLabel;
class QTableWidget;

// Source details. Setting values arrive in clear text from source.get: every value is masked
// until the user asks to reveal them (the toggle resets whenever another source is shown).
class SourceDetailPane : public EntityDetailPane
{
    Q_OBJECT
public:
    explicit SourceDetailPane(QWidget *parent = nullptr);
    bool valuesRevealed() const;

protected:
    void present(const QJsonObject &item, bool complete) override;

private:
    void fillSettings();

    QLabel *m_title, *m_id, *m_description, *m_active, *m_connector, *m_code, *m_created, *m_updated;
    QTableWidget *m_settings;
    QCheckBox *m_reveal;
    QJsonObject m_item;
    qint64 m_shownId = 0;
};
