namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds the framework's rate limiter with Rampart's limits.</summary>
public static class RateLimitingApplicationBuilderExtensions
{
    /// <summary>Uses the rate limiter. Place it after <c>UseAuthentication()</c> so users are partitioned per user.</summary>
    public static IApplicationBuilder UseRampartRateLimiting(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseRateLimiter();
    }
}
