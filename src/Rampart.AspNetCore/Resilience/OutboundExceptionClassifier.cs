using Microsoft.AspNetCore.Http;
using Polly.RateLimiting;
using Polly.Timeout;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Resilience;

/// <summary>
/// A downstream that is failing fast (open circuit), too slow (timeout) or already at the client's concurrency limit is a
/// dependency outage, not a bug: the caller gets 503 <c>outbound.unavailable</c> and may retry later; after an open
/// circuit, <c>Retry-After</c> says when it may let a call through again.
/// </summary>
internal sealed class OutboundExceptionClassifier : IExceptionClassifier
{
    public const string UnavailableCode = "outbound.unavailable";

    private static readonly Error Unavailable = new(
        UnavailableCode, ErrorKind.Unavailable, "A service this request depends on is not available right now; retry shortly.");

    public Error? Classify(Exception exception, HttpContext context) => exception switch
    {
        OutboundCircuitOpenException open => Unavailable with { RetryAfter = open.RetryAfter },
        TimeoutRejectedException or RateLimiterRejectedException => Unavailable,
        _ => null,
    };
}
