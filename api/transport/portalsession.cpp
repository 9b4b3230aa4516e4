#include "api/transport/portalsession.h"

#include "api/journal/requestjournal.h"
#include "api/transport/restclient.h"
#include "api/auth/tokenmanager.h"

#include <QNetworkAccessManager>

PortalSession::PortalSession(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_journal(new RequestJournal(this)),
      m_tokens(new TokenManager(m_network, this)), m_client(new RestClient(m_network, m_tokens, this))
{
    m_tokens->setJournal(m_journal);
    m_client->setJournal(m_journal);
}

PortalSession::~PortalSession()
{
    delete m_client;   // first: its calls still finish (Canceled) while tokens and journal exist
}

bool PortalSession::setRestEndpoint(const QUrl &endpoint)
{
    return m_client->setEndpoint(endpoint);
}

QUrl PortalSession::restEndpoint() const
{
    return m_client->endpoint();
}
