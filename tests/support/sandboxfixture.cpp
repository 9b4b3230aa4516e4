#include "support/sandboxfixture.h"

#include "api/transport/apicall.h"
#include "api/transport/restclient.h"
#include "api/auth/tokenmanager.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

ApiResult waitForResult(ApiCall *call, int timeoutMs)
{
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(timeoutMs) || spy.size() != 1)
        return ApiResult::failure(ApiError(ApiError::Kind::Other, u"TEST_TIMEOUT"_s, u"no result in time"_s));
    return spy.first().first().value<ApiResult>();
}

int CallRecorder::add(ApiCall *call)
{
    const int index = int(m_results.size());
    m_results.append(QList<ApiResult>());
    call->onFinished(this, [this, index](const ApiResult &result) { m_results[index].append(result); });
    return index;
}

bool CallRecorder::waitAll(int timeoutMs)
{
    const auto allFinished = [this] {
        return std::all_of(m_results.cbegin(), m_results.cend(), [](const QList<ApiResult> &r) { return !r.isEmpty(); });
    };
    return QTest::qWaitFor(allFinished, timeoutMs);
}

ApiResult CallRecorder::result(int index) const
{
    const QList<ApiResult> &results = m_results.at(index);
    return results.isEmpty() ? ApiResult::failure(ApiError(ApiError::Kind::Other, u"TEST_UNFINISHED"_s, QString()))
                             : results.first();
}

SandboxFixture::SandboxFixture() = default;

SandboxFixture::~SandboxFixture()
{
    m_session.reset();   // its calls finish (Canceled) while the sandbox still exists
}

bool SandboxFixture::start(const SandboxOptions &options, QString *error)
{
    if (!m_server.start(options, error))
        return false;
    m_session = std::make_unique<PortalSession>();
    if (!m_session->setRestEndpoint(m_server.restUrl())) {
        *error = u"The client refused the sandbox's endpoint "_s + m_server.restUrl().toString();
        return false;
    }
    TokenManager *tokens = m_session->tokens();
    tokens->setTokenEndpoint(m_server.oauthUrl().resolved(QUrl(u"token/"_s)));
    tokens->setClientCredentials(options.clientId, options.clientSecret);
    tokens->setTokens(m_server.initialAccessToken(), m_server.initialRefreshToken());
    m_session->client()->setRateLimits({options.bucketBurst, options.bucketRate});
    return true;
}

bool SandboxFixture::start(const QString &seed, QString *error)
{
    SandboxOptions options;
    options.seed = seed;
    if (!start(options, error))
        return false;
    m_server.resetRequestCounts();
    return true;
}

RestClient *SandboxFixture::client() const
{
    return m_session->client();
}

TokenManager *SandboxFixture::tokens() const
{
    return m_session->tokens();
}

BiconnectorApi SandboxFixture::api() const
{
    return m_session->biconnector();
}

int SandboxFixture::restRequests() const
{
    int count = 0;
    const QHash<QString, int> counts = m_server.requestCounts();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (!it.key().isEmpty() && !it.key().startsWith(u"oauth/"_s) && !it.key().startsWith(u"connector/"_s))
            count += it.value();
    }
    return count;
}
