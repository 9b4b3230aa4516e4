// A second process for keychain tests: `biw_keychain_probe SERVICE read|write|delete KEY [VALUE]`.
// Prints the status (and for read the value) on stdout; exit code 0 on success.
#include "app/keychainsecretstore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fputs("usage: biw_keychain_probe SERVICE read|write|delete KEY [VALUE]\n", stderr);
        return 2;
    }
    KeychainSecretStore store(args.at(1));
    const QString op = args.at(2);
    SecretRequest *request = nullptr;
    if (op == QLatin1String("read"))
        request = store.readSecret(args.at(3));
    else if (op == QLatin1String("write") && args.size() > 4)
        request = store.writeSecret(args.at(3), args.at(4));
    else if (op == QLatin1String("delete"))
        request = store.deleteSecret(args.at(3));
    else
        return 2;

    int exitCode = 1;
    QObject::connect(request, &SecretRequest::finished, &app, [&exitCode](const SecretResult &result) {
        QTextStream out(stdout);
        switch (result.status) {
        case SecretResult::Status::Ok:
            out << "ok " << result.value << Qt::endl;
            exitCode = 0;
            break;
        case SecretResult::Status::NotFound:
            out << "notfound" << Qt::endl;
            exitCode = 3;
            break;
        case SecretResult::Status::Unavailable:
        case SecretResult::Status::Failed:
            out << "error " << result.errorText << Qt::endl;
            exitCode = 1;
            break;
        }
        QCoreApplication::quit();
    });
    QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(4); });
    const int loop = QCoreApplication::exec();
    return loop != 0 ? loop : exitCode;
}
