// The startup baseline of the benchmark: the least a Qt Widgets program does to show a window.
#include "bench/firstpaintprobe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 820); // the size MainWindow opens with the first time
    FirstPaintProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
