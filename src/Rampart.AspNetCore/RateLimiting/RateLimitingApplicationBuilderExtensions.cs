namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds the framework's rate limiter with Rampart's limits.</summary>
public static class RateLimitingApplicationBuilderExtensions
{
    /// <summary>
    /// Uses the rate limiter. Place it after <c>UseAuthentication()</c>, so a valid token's user has a partition of its
    /// own, and before <c>UseAuthorization()</c>, so requests refused with 401 or 403 (forged tokens, brute force) are
    /// counted against their IP or user too.
    /// </summary>
    public static IApplicationBuilder UseRampartRateLimiting(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseRateLimiter();
    }
}
