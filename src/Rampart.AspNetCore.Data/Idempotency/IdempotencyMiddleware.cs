using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>
/// Runs an endpoint marked with <see cref="IdempotencyMetadata"/> at most once per caller and key: claim the key, run,
/// store the final response; a repeat gets that response again, a different body 422, a repeat during the run 409.
/// </summary>
internal sealed class IdempotencyMiddleware(
    RequestDelegate next,
    IIdempotencyStore store,
    IOptions<IdempotencyOptions> options,
    TimeProvider time,
    IProblemDetailsService problems,
    ILogger<IdempotencyMiddleware> logger)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    // Not final: the same request may well succeed later, so the key is released instead of stored.
    private static readonly HashSet<int> NotFinal = [401, 403, 408, 425, 429];

    private static readonly HashSet<string> NotReplayed = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.TransferEncoding, HeaderNames.Connection, HeaderNames.KeepAlive,
        HeaderNames.SetCookie, HeaderNames.ContentLength, "X-Request-Id", "traceparent", "tracestate", ReplayedHeader,
    };

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotencyMetadata>() is not { } metadata)
        {
            await next(context);
            return;
        }

        var header = context.Request.Headers[HeaderName];
        if (header.Count == 0)
        {
            if (metadata.Required)
            {
                await WriteProblemAsync(context, Error.Validation(
                    IdempotencyErrors.KeyRequired, HeaderName, "This request needs an Idempotency-Key header."), null);
                return;
            }

            await next(context);
            return;
        }

        var settings = options.Value;
        var key = header.Count == 1 ? header[0] : null;
        if (!IdempotencyRequest.IsValidKey(key, settings.MaxKeyLength))
        {
            await WriteProblemAsync(context, Error.Validation(IdempotencyErrors.KeyInvalid, HeaderName,
                $"Idempotency-Key must be 1 to {settings.MaxKeyLength} visible ASCII characters."), null);
            return;
        }

        var scope = IdempotencyRequest.Scope(context);
        var fingerprint = await IdempotencyRequest.FingerprintAsync(context.Request, context.RequestAborted);
        var now = time.GetUtcNow();
        var claim = new IdempotencyClaimRequest(
            scope, key!, fingerprint, Guid.CreateVersion7(), now, now + settings.LockTimeout, now + settings.Retention);
        var result = await store.TryClaimAsync(claim, context.RequestAborted);
        if (result.IsClaimed)
        {
            IdempotencyLog.Claimed(logger, scope);
            await RunAsync(context, claim);
        }
        else
        {
            await AnswerExistingAsync(context, result.Existing!, fingerprint);
        }
    }

    private async Task AnswerExistingAsync(HttpContext context, IdempotencyRecord existing, string fingerprint)
    {
        if (!string.Equals(existing.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            IdempotencyLog.Reused(logger, existing.Scope);
            await WriteProblemAsync(context, Error.Unprocessable(
                IdempotencyErrors.KeyReused, "This Idempotency-Key was already used with a different request."), null);
            return;
        }

        if (!existing.Completed)
        {
            IdempotencyLog.InFlight(logger, existing.Scope);
            context.Response.Headers.RetryAfter = "1";
            await WriteProblemAsync(context, Error.Conflict(
                IdempotencyErrors.InFlight, "A request with this Idempotency-Key is still running; retry shortly."), null);
            return;
        }

        IdempotencyLog.Replayed(logger, existing.ResponseStatus ?? 0, existing.Scope);
        var response = context.Response;
        response.StatusCode = existing.ResponseStatus ?? StatusCodes.Status200OK;
        var headers = existing.ResponseHeaders is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, string[]>>(json) ?? []
            : [];
        foreach (var (name, values) in headers)
        {
            response.Headers[name] = values;
        }

        response.Headers[ReplayedHeader] = "true";
        if (existing.ResponseBody is { Length: > 0 } body)
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private async Task RunAsync(HttpContext context, IdempotencyClaimRequest claim)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            response.Body = original;
            await store.ReleaseAsync(claim.Scope, claim.Key, claim.ClaimId, CancellationToken.None);
            throw;
        }

        response.Body = original;
        await KeepOrReleaseAsync(context, claim, buffer.ToArray());
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private async Task KeepOrReleaseAsync(HttpContext context, IdempotencyClaimRequest claim, byte[] body)
    {
        var status = context.Response.StatusCode;
        try
        {
            if (status >= 500 || NotFinal.Contains(status))
            {
                IdempotencyLog.Released(logger, status);
                await store.ReleaseAsync(claim.Scope, claim.Key, claim.ClaimId, CancellationToken.None);
                return;
            }

            var headers = context.Response.Headers
                .Where(h => !NotReplayed.Contains(h.Key))
                .ToDictionary(h => h.Key, h => h.Value.Select(v => v ?? string.Empty).ToArray(), StringComparer.OrdinalIgnoreCase);
            await store.CompleteAsync(claim.Scope, claim.Key, claim.ClaimId, new IdempotencyResponse(status, headers, body), CancellationToken.None);
        }
#pragma warning disable CA1031 // The work is done: the caller still gets its answer; the claim times out and the failure is logged.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            IdempotencyLog.StoreFailed(logger, exception);
        }
    }

    private async Task WriteProblemAsync(HttpContext context, Error error, Exception? exception)
    {
        var problem = ErrorProblemDetails.Create(error);
        context.Response.StatusCode = problem.Status!.Value;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
