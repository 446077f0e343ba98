namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>A response kept for replay.</summary>
/// <param name="StatusCode">The status code.</param>
/// <param name="Headers">The headers worth replaying (Location, Content-Type, ETag, …).</param>
/// <param name="Body">The body bytes.</param>
public sealed record IdempotencyResponse(int StatusCode, IReadOnlyDictionary<string, string[]> Headers, byte[] Body);
