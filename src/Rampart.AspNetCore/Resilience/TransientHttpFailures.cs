using System.Net;
using Polly;
using Polly.Timeout;

namespace Rampart.AspNetCore.Resilience;

/// <summary>Which outcomes of an HTTP attempt are transient: worth retrying, and counted by the circuit breaker.</summary>
internal static class TransientHttpFailures
{
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Exception: not null } => false,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    /// <summary>GET, HEAD, OPTIONS, TRACE, PUT and DELETE may be repeated; POST, PATCH and CONNECT may not, unless keyed.</summary>
    public static bool MayRepeat(HttpRequestMessage request, bool retryNonIdempotentMethods) =>
        retryNonIdempotentMethods
        || request.Headers.Contains("Idempotency-Key")
        || !(request.Method == HttpMethod.Post || request.Method == HttpMethod.Patch || request.Method == HttpMethod.Connect);

    /// <summary>The delay a response asks for in <c>Retry-After</c> (seconds or a date), if any.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
