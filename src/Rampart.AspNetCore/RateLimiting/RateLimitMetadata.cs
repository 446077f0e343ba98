using System.Threading.RateLimiting;

namespace Rampart.AspNetCore.RateLimiting;

/// <summary>Lease metadata of Rampart's own, beside the framework's <see cref="MetadataName"/>.</summary>
internal static class RateLimitMetadata
{
    /// <summary>Set on a refusal because the shared limit store is down and the service fails closed: answered with 503, not 429.</summary>
    public static readonly MetadataName<bool> Unavailable = MetadataName.Create<bool>("RAMPART_LIMITS_UNAVAILABLE");
}
