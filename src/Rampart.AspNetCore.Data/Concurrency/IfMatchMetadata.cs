namespace Rampart.AspNetCore.Data.Concurrency;

/// <summary>Endpoint metadata: the endpoint needs <c>If-Match</c>, and a stale version is reported with <see cref="ConflictCode"/>.</summary>
/// <param name="ConflictCode">Error code of the 412, for example <c>catalog.version_conflict</c>.</param>
public sealed record IfMatchMetadata(string ConflictCode);
