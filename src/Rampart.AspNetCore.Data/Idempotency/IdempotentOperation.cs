using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>
/// Idempotency keys for an operation that is not one HTTP request of its own — a GraphQL mutation whose key is an
/// argument — over the same store, transaction and rules as <c>Idempotency-Key</c>: the key is taken for the caller in a
/// transaction the request's DbContexts join, the use case runs in it, and its result commits with the work. The same
/// key and input again answer the stored result (nothing runs twice), the same key with another input
/// <c>idempotency.key_reused</c>, a key whose first run is still going <c>idempotency.in_flight</c>. A failed use case
/// is not stored: its work rolls back and the key stays free for a corrected retry.
/// </summary>
public static class IdempotentOperation
{
    /// <summary>
    /// Runs <paramref name="work"/> at most once for <paramref name="caller"/>'s <paramref name="key"/>, or answers what
    /// its first run answered.
    /// </summary>
    /// <param name="requestServices">The request's services: its DbContexts join the key's transaction.</param>
    /// <param name="caller">
    /// Whose key it is (the same scope as the HTTP header's: one key space per signed-in user). Without a signed-in
    /// caller every key is in one shared anonymous scope: keep this to operations that require sign-in.
    /// </param>
    /// <param name="key">The key as sent; 1 to <see cref="IdempotencyOptions.MaxKeyLength"/> visible ASCII characters.</param>
    /// <param name="keyField">The name of the key's field in the caller's terms, for <c>idempotency.key_invalid</c>.</param>
    /// <param name="operation">Names the operation, so one key cannot replay another operation's result.</param>
    /// <param name="input">The operation's input; its JSON is the request's fingerprint.</param>
    /// <param name="work">The use case; a success is stored as JSON and replayed from it.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task<Result<T>> RunAsync<T>(
        IServiceProvider requestServices,
        ClaimsPrincipal? caller,
        string key,
        string keyField,
        string operation,
        object input,
        Func<CancellationToken, Task<Result<T>>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requestServices);
        ArgumentException.ThrowIfNullOrEmpty(keyField);
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(work);
        var settings = requestServices.GetRequiredService<IOptions<IdempotencyOptions>>().Value;
        if (!IdempotencyRequest.IsValidKey(key, settings.MaxKeyLength))
        {
            return Error.Validation(IdempotencyErrors.KeyInvalid, keyField, $"The idempotency key must be 1 to {settings.MaxKeyLength} visible ASCII characters.");
        }

        var logger = requestServices.GetService<ILoggerFactory>()?.CreateLogger(typeof(IdempotentOperation)) ?? NullLogger.Instance;
        var scope = IdempotencyRequest.Scope(caller, remoteAddress: null);
        var fingerprint = Fingerprint(operation, input);
        var now = requestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        IdempotencyRecord? existing;
        await using (var transaction = await requestServices.GetRequiredService<IIdempotencyStore>().BeginAsync(requestServices, scope, key, now, cancellationToken))
        {
            if (transaction.State == IdempotencyKeyState.Taken)
            {
                IdempotencyLog.Taken(logger, scope);
                return await RunTakenAsync(requestServices, transaction, work, new IdempotencyRecord
                {
                    Scope = scope,
                    Key = key,
                    Fingerprint = fingerprint,
                    CreatedAt = now,
                    ExpiresAt = now + settings.Retention,
                    ResponseStatus = 200,
                }, logger, cancellationToken);
            }

            existing = transaction.Existing;
        }

        if (existing is null)
        {
            IdempotencyLog.InFlight(logger, scope);
            return Error.Conflict(IdempotencyErrors.InFlight, "An operation with this idempotency key is still running; retry shortly.");
        }

        if (!string.Equals(existing.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            IdempotencyLog.Reused(logger, scope);
            return Error.Unprocessable(IdempotencyErrors.KeyReused, "This idempotency key was already used with a different request.");
        }

        IdempotencyLog.Replayed(logger, existing.ResponseStatus, scope);
        return JsonSerializer.Deserialize<T>(existing.ResponseBody, JsonSerializerOptions.Web)!;
    }

    private static async Task<Result<T>> RunTakenAsync<T>(
        IServiceProvider requestServices, IIdempotencyTransaction transaction, Func<CancellationToken, Task<Result<T>>> work,
        IdempotencyRecord pending, ILogger logger, CancellationToken cancellationToken)
    {
        var joined = requestServices.GetRequiredService<RequestTransaction>();
        joined.Begin(transaction.Transaction);
        Result<T> result;
        try
        {
            result = await work(cancellationToken);
        }
        catch
        {
            joined.Leave();
            joined.RolledBack();
            throw;
        }

        joined.Leave();
        if (result.Error is { } error)
        {
            // Not stored: the work rolls back with the transaction and the key stays free.
            joined.RolledBack();
            IdempotencyLog.RolledBack(logger, ErrorProblemDetails.Create(error).Status ?? 400);
            return result;
        }

        var record = pending.Completed(pending.ResponseStatus, JsonSerializer.SerializeToUtf8Bytes(result.Value, JsonSerializerOptions.Web));
        try
        {
            // Not the caller's token: once the work is done, a caller that went away still gets it committed.
            await transaction.CommitAsync(record, CancellationToken.None);
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or IOException or TimeoutException)
        {
            IdempotencyLog.CommitFailed(logger, exception);
            joined.RolledBack();
            return new Error(
                IdempotencyMiddleware.CommitFailedCode, ErrorKind.Unavailable, "The request could not be completed; nothing was changed. Retry with the same idempotency key.");
        }

        await joined.CommittedAsync();
        return result;
    }

    // SHA-256 of "{operation}\n{input as JSON}": the same input in the same operation is the same request.
    private static string Fingerprint(string operation, object input)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(operation + "\n"));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(input, input.GetType(), JsonSerializerOptions.Web));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
