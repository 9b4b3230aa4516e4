#pragma once

#include <QMainWindow>

class QLabel;

// The application's main window: menus, toolbar, status bar. The hierarchy browser, detail panes
// and journal dock plug into it (see the browser issue).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Marks the window as connected to the built-in demo portal (a visible badge).
    void setDemoMode(bool demo);
    bool isDemoMode() const;

public slots:
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreWindowState();

    QLabel *m_demoBadge = nullptr;
};
