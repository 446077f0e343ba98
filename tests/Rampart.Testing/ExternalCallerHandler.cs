using OpenTelemetry;

namespace Rampart.Testing;

/// <summary>
/// Sends a test's requests as a caller in another process would: the service's HttpClient tracing listens process-wide
/// and would otherwise put a <c>traceparent</c> of its own on them, replacing the one the test sets.
/// </summary>
public sealed class ExternalCallerHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (SuppressInstrumentationScope.Begin())
        {
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
