using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Rampart.AspNetCore.Resilience;

/// <summary>
/// Which failed attempts are retried: the package's transient outcomes (5xx, 408, 429, connection failures, attempt
/// timeouts), but only for a request that may be repeated, and never when the downstream asks to wait longer than allowed.
/// </summary>
internal static class TransientHttpFailures
{
    public static bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome, OutboundResilienceOptions settings, DateTimeOffset now) =>
        settings.MaxRetryAttempts > 0
        && HttpClientResiliencePredicates.IsTransient(outcome)
        && context.GetRequestMessage() is { } request
        && MayRepeat(request, settings.RetryNonIdempotentMethods)
        && (outcome.Result is not { } response || RetryAfter(response, now) is not { } wait || wait <= settings.MaxRetryAfter);

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
