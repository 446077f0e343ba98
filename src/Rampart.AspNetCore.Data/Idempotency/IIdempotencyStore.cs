namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>
/// Where idempotency keys live. The default stores them in PostgreSQL through the service's DbContext; another store
/// (Redis, for example) must keep the same guarantee: of any number of concurrent claims on one key, exactly one wins.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims the key atomically. Succeeds when the key is new, expired, or held by an abandoned claim (lock timed out)
    /// with the same fingerprint; otherwise returns the record that holds it.
    /// </summary>
    Task<IdempotencyClaimResult> TryClaimAsync(IdempotencyClaimRequest request, CancellationToken cancellationToken);

    /// <summary>Stores the response of the claim <paramref name="claimId"/>, ending its in-flight state.</summary>
    Task CompleteAsync(string scope, string key, Guid claimId, IdempotencyResponse response, CancellationToken cancellationToken);

    /// <summary>Forgets the claim <paramref name="claimId"/> so the key can be used again (the request failed).</summary>
    Task ReleaseAsync(string scope, string key, Guid claimId, CancellationToken cancellationToken);

    /// <summary>Deletes keys that expired before <paramref name="now"/>; returns how many.</summary>
    Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
