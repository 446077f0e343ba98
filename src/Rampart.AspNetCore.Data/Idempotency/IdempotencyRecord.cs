namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>One idempotency key of one caller: its claim while the request runs, then the response to replay.</summary>
public sealed class IdempotencyRecord
{
    /// <summary>Whose key it is: <c>user:&lt;id&gt;</c>, <c>ip:&lt;address&gt;</c> or <c>anonymous</c>.</summary>
    public required string Scope { get; init; }

    /// <summary>The <c>Idempotency-Key</c> as sent.</summary>
    public required string Key { get; init; }

    /// <summary>SHA-256 (hex) of method, path and body of the first request.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>Identifies the request that holds the claim; only it may complete or release the key.</summary>
    public Guid ClaimId { get; init; }

    /// <summary>True once the response is stored; false while the first request is still running.</summary>
    public bool Completed { get; init; }

    /// <summary>Until when an unfinished claim blocks the key.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>When the key was claimed.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the key may be forgotten.</summary>
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The stored status code.</summary>
    public int? ResponseStatus { get; init; }

    /// <summary>The stored response headers as a JSON object of string arrays.</summary>
    public string? ResponseHeaders { get; init; }

    /// <summary>The stored response body.</summary>
    public byte[]? ResponseBody { get; init; }
}
