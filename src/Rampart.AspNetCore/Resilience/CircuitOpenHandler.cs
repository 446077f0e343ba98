using Polly.CircuitBreaker;

namespace Rampart.AspNetCore.Resilience;

/// <summary>
/// Sits outside the standard resilience handler and turns a call its open circuit refused into
/// <see cref="OutboundCircuitOpenException"/>, naming the client and when the circuit may let a trial call through.
/// </summary>
internal sealed class CircuitOpenHandler(string clientName, TimeProvider timeProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (BrokenCircuitException broken)
        {
            var closesAt = broken.RetryAfter is { } wait ? timeProvider.GetUtcNow() + wait : (DateTimeOffset?)null;
            throw new OutboundCircuitOpenException(clientName, broken.RetryAfter, closesAt, broken);
        }
    }
}
