namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>
/// The stored response of one caller's idempotency key. A row exists only once its request completed: it commits in
/// the same transaction as the request's work.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>Whose key it is: <c>user:&lt;id&gt;</c>, <c>ip:&lt;address&gt;</c> or <c>anonymous</c>.</summary>
    public required string Scope { get; init; }

    /// <summary>The <c>Idempotency-Key</c> as sent.</summary>
    public required string Key { get; init; }

    /// <summary>SHA-256 (hex) of method, path and body of the first request.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>When the request completed.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the key may be forgotten.</summary>
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The stored status code.</summary>
    public int ResponseStatus { get; init; }

    /// <summary>The stored response headers as a JSON object of string arrays.</summary>
    public string? ResponseHeaders { get; init; }

    /// <summary>The stored response body.</summary>
    public byte[]? ResponseBody { get; init; }

    /// <summary>This pending record, completed with the answer the work gave (to be committed with it).</summary>
    internal IdempotencyRecord Completed(int status, byte[] body, string? headers = null) => new()
    {
        Scope = Scope,
        Key = Key,
        Fingerprint = Fingerprint,
        CreatedAt = CreatedAt,
        ExpiresAt = ExpiresAt,
        ResponseStatus = status,
        ResponseHeaders = headers,
        ResponseBody = body,
    };
}
