namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>Endpoint metadata: the endpoint honours <c>Idempotency-Key</c>, and whether it requires one.</summary>
/// <param name="Required">True when a request without the header is rejected with 400 <c>idempotency.key_required</c>.</param>
public sealed record IdempotencyMetadata(bool Required);
