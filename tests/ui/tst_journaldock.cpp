#include "support/sandboxfixture.h"

#include "api/transport/apicall.h"
#include "api/journal/curlcommand.h"
#include "api/journal/requestjournal.h"
#include "api/transport/restclient.h"
#include "api/auth/tokenmanager.h"
#include "models/journal/journalmodel.h"
#include "ui/journal/journaldock.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The journal dock against a real sandbox session: rows, the errors-only filter, copy as cURL and
// save as JSON, with no secret leaving through either.
class TestJournalDock : public QObject
{
    Q_OBJECT
private:
    // The view row showing `method`, or -1.
    static int rowOf(const JournalDock &dock, const QString &method)
    {
        const QAbstractItemModel *model = dock.view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, JournalModel::MethodColumn).data().toString().contains(method))
                return row;
        }
        return -1;
    }

private slots:
    void init()
    {
        m_portal = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(m_portal->start(u"demo"_s, &error), qPrintable(error));
        m_dock = std::make_unique<JournalDock>();
        m_dock->setJournal(m_portal->session().journal());
        m_dock->show();
        QVERIFY(waitForResult(m_portal->client()->call(u"biconnector.connector.list"_s)).ok());
        QVERIFY(!waitForResult(m_portal->client()->call(u"biconnector.nosuch.list"_s)).ok());
    }

    void cleanup()
    {
        m_dock.reset();
        m_portal.reset();
    }

    void entriesAppearAndErrorsOnlyFilters()
    {
        QTRY_COMPARE(m_dock->view()->model()->rowCount(), 2);
        QVERIFY(rowOf(*m_dock, u"biconnector.connector.list"_s) >= 0);
        QVERIFY(rowOf(*m_dock, u"biconnector.nosuch.list"_s) >= 0);
        QVERIFY(!m_dock->copyCurlAction()->isEnabled());   // nothing selected yet

        m_dock->errorsOnlyBox()->setChecked(true);
        QCOMPARE(m_dock->view()->model()->rowCount(), 1);
        QVERIFY(rowOf(*m_dock, u"biconnector.nosuch.list"_s) == 0);

        // Combined with the text filter: the failed call is not connector.list.
        m_dock->findChild<QLineEdit *>(u"journalFilter"_s)->setText(u"connector.list"_s);
        QCOMPARE(m_dock->view()->model()->rowCount(), 0);
        m_dock->errorsOnlyBox()->setChecked(false);
        QCOMPARE(m_dock->view()->model()->rowCount(), 1);
        QVERIFY(rowOf(*m_dock, u"biconnector.connector.list"_s) == 0);
    }

    void copyAsCurlPutsThePlaceholderForm()
    {
        const int row = rowOf(*m_dock, u"biconnector.connector.list"_s);
        QVERIFY(row >= 0);
        m_dock->view()->setCurrentIndex(m_dock->view()->model()->index(row, 0));
        QVERIFY(m_dock->copyCurlAction()->isEnabled());
        QGuiApplication::clipboard()->clear();
        m_dock->copyCurlAction()->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(u"curl -sS -X POST '"_s), qPrintable(copied));
        QVERIFY(copied.contains(u"biconnector.connector.list'"_s));
        QVERIFY(copied.contains(u"Bearer "_s + CurlCommand::accessTokenPlaceholder()));
        QVERIFY(!copied.contains(m_portal->tokens()->accessToken()));

        m_dock->copyResponseAction()->trigger();
        const QJsonObject response = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
        QVERIFY(response[u"result"_s].isArray());
        QVERIFY(!response[u"result"_s].toArray().isEmpty());
    }

    void saveAsJsonWritesEveryEntryWithoutSecrets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fileName = dir.filePath(u"journal.json"_s);
        m_dock->setSaveFileNameForTesting(fileName);
        m_dock->errorsOnlyBox()->setChecked(true);   // saving ignores the view's filter
        m_dock->saveJsonAction()->trigger();

        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        const QJsonArray entries = QJsonDocument::fromJson(saved).array();
        QCOMPARE(entries.size(), m_portal->session().journal()->entries().size());
        QVERIFY(entries.size() >= 2);
        QStringList methods;
        for (const QJsonValue &entry : entries)
            methods.append(entry[u"method"_s].toString());
        QVERIFY(methods.contains(u"biconnector.connector.list"_s));
        QVERIFY(methods.contains(u"biconnector.nosuch.list"_s));
        QVERIFY(!entries.at(methods.indexOf(u"biconnector.nosuch.list"_s))[u"errorCode"_s].toString().isEmpty());
        QVERIFY(!saved.contains(m_portal->tokens()->accessToken().toUtf8()));
        QVERIFY(!saved.contains(m_portal->server().initialRefreshToken().toUtf8()));
        QVERIFY(!saved.contains(m_portal->server().options().clientSecret.toUtf8()));
    }

private:
    std::unique_ptr<SandboxFixture> m_portal;
    std::unique_ptr<JournalDock> m_dock;
};

QTEST_MAIN(TestJournalDock)
#include "tst_journaldock.moc"
