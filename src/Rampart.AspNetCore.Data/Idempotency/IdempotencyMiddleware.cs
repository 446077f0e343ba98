using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>
/// Runs an endpoint marked with <see cref="IdempotencyMetadata"/> at most once per caller and key: take the key in a
/// transaction, run the endpoint in it, store the final response and commit it with the work; a repeat gets that
/// response again, a different body 422, a repeat during the run 409.
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
    public const string CommitFailedCode = "idempotency.not_committed";

    // Not final: the same request may well succeed later, so the key is released instead of stored.
    private static readonly HashSet<int> NotFinal = [401, 403, 408, 425, 429];

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
        IdempotencyRecord? existing;
        await using (var transaction = await store.BeginAsync(context.RequestServices, scope, key!, now, context.RequestAborted))
        {
            if (transaction.State == IdempotencyKeyState.Taken)
            {
                IdempotencyLog.Taken(logger, scope);
                await RunAsync(context, transaction, new IdempotencyRecord
                {
                    Scope = scope,
                    Key = key!,
                    Fingerprint = fingerprint,
                    CreatedAt = now,
                    ExpiresAt = now + settings.Retention,
                });
                return;
            }

            existing = transaction.Existing;
        }

        // Answered after the transaction ended: a slow client holds no connection.
        if (existing is not null)
        {
            await AnswerExistingAsync(context, existing, fingerprint);
            return;
        }

        IdempotencyLog.InFlight(logger, scope);
        context.Response.Headers.RetryAfter = "1";
        await WriteProblemAsync(context, Error.Conflict(
            IdempotencyErrors.InFlight, "A request with this Idempotency-Key is still running; retry shortly."), null);
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

        IdempotencyLog.Replayed(logger, existing.ResponseStatus, existing.Scope);
        var response = context.Response;
        response.StatusCode = existing.ResponseStatus;
        StoredHeaders.Replay(existing.ResponseHeaders, response.Headers);
        if (existing.ResponseBody is { Length: > 0 } body)
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    // The work runs inside the key's transaction with its response buffered; the response is stored and committed
    // with the work, and only then sent. A crash before the commit leaves no effect and no held key.
    private async Task RunAsync(HttpContext context, IIdempotencyTransaction transaction, IdempotencyRecord pending)
    {
        var joined = context.RequestServices.GetRequiredService<RequestTransaction>();
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        joined.Begin(transaction.Transaction);
        try
        {
            await next(context);
        }
        catch
        {
            joined.Leave();
            joined.RolledBack();
            response.Body = original;
            throw;
        }

        joined.Leave();
        response.Body = original;
        var status = response.StatusCode;
        if (status >= 500 || NotFinal.Contains(status))
        {
            // Not final: the work is rolled back with the transaction, and a retry runs it anew.
            joined.RolledBack();
            IdempotencyLog.RolledBack(logger, status);
        }
        else
        {
            if (!await TryCommitAsync(context, transaction, pending, buffer))
            {
                joined.RolledBack();
                return;
            }

            await joined.CommittedAsync();
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private async Task<bool> TryCommitAsync(HttpContext context, IIdempotencyTransaction transaction, IdempotencyRecord pending, MemoryStream buffer)
    {
        var response = context.Response;
        var record = pending.Completed(response.StatusCode, buffer.ToArray(), StoredHeaders.Capture(response.Headers));
        try
        {
            // Not the request's token: once the work is done, a client that went away still gets it committed.
            await transaction.CommitAsync(record, CancellationToken.None);
            return true;
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or IOException or TimeoutException)
        {
            // Neither the work nor the response committed: the buffered answer would be a lie. Say so; a retry runs anew.
            IdempotencyLog.CommitFailed(logger, exception);
            response.Clear();
            await WriteProblemAsync(context, new Error(
                CommitFailedCode, ErrorKind.Unavailable, "The request could not be completed; nothing was changed. Retry with the same Idempotency-Key."), exception);
            return false;
        }
    }

    private async Task WriteProblemAsync(HttpContext context, Error error, Exception? exception)
    {
        var problem = ErrorProblemDetails.Create(error);
        context.Response.StatusCode = problem.Status!.Value;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
