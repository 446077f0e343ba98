using Microsoft.AspNetCore.Http;
using Polly.Timeout;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Resilience;

/// <summary>
/// A downstream that is failing fast (open circuit) or too slow (timeout) is a dependency outage, not a bug: the
/// caller gets 503 <c>outbound.unavailable</c> and may retry later.
/// </summary>
internal sealed class OutboundExceptionClassifier : IExceptionClassifier
{
    public const string UnavailableCode = "outbound.unavailable";

    public Error? Classify(Exception exception, HttpContext context) => exception switch
    {
        OutboundCircuitOpenException or TimeoutRejectedException => new Error(
            UnavailableCode, ErrorKind.Unavailable, "A service this request depends on is not available right now; retry shortly."),
        _ => null,
    };
}
