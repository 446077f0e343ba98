using Polly;
using Polly.CircuitBreaker;

namespace Rampart.AspNetCore.Resilience;

/// <summary>
/// Runs every request of a named client through its resilience pipeline. A call refused by the open circuit
/// surfaces as <see cref="OutboundCircuitOpenException"/>, naming the client and when the circuit may close.
/// </summary>
internal sealed class ResilienceHandler(string clientName, ResiliencePipeline<HttpResponseMessage> pipeline, TimeProvider timeProvider)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(OutboundResiliencePipelines.RequestKey, request);
        try
        {
            return await pipeline.ExecuteAsync(
                static async (context, state) => await state.Handler.SendCoreAsync(state.Request, context.CancellationToken),
                context,
                (Handler: this, Request: request));
        }
        catch (BrokenCircuitException broken)
        {
            var closesAt = broken.RetryAfter is { } wait ? timeProvider.GetUtcNow() + wait : (DateTimeOffset?)null;
            throw new OutboundCircuitOpenException(clientName, broken.RetryAfter, closesAt, broken);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
