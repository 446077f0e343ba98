namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>The outcome of a claim: the caller now owns the key, or the key's existing record.</summary>
/// <param name="IsClaimed">True when the caller owns the key and must run the request.</param>
/// <param name="Existing">The record that holds the key when <paramref name="IsClaimed"/> is false.</param>
public sealed record IdempotencyClaimResult(bool IsClaimed, IdempotencyRecord? Existing);
