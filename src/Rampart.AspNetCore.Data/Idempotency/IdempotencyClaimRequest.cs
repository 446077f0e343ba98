namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>An attempt to claim a key for a request about to run.</summary>
/// <param name="Scope">Whose key it is.</param>
/// <param name="Key">The key.</param>
/// <param name="Fingerprint">SHA-256 (hex) of method, path and body.</param>
/// <param name="ClaimId">Identifies this attempt.</param>
/// <param name="Now">The current time.</param>
/// <param name="LockedUntil">Until when the claim blocks the key if never completed.</param>
/// <param name="ExpiresAt">When the key may be forgotten.</param>
public sealed record IdempotencyClaimRequest(
    string Scope, string Key, string Fingerprint, Guid ClaimId, DateTimeOffset Now, DateTimeOffset LockedUntil, DateTimeOffset ExpiresAt);
