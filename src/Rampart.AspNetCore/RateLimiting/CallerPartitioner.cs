using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.RateLimiting;

/// <summary>
/// Chooses the partition and rule of a request: per user (and role rule) when authenticated, per client IP when
/// anonymous. The client IP is the connection's, which the forwarded-headers block rewrites only for trusted proxies.
/// </summary>
internal static class CallerPartitioner
{
    public static RateLimitPartition<string> Partition(HttpContext context, RampartRateLimitingOptions options)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && UserKey(user) is { } userKey)
        {
            var (name, rule) = RuleFor(user, options);
            return Fixed($"user:{name}:{userKey}", rule);
        }

        var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Fixed($"ip:{ip}", options.Anonymous);
    }

    private static (string Name, RateLimitRule Rule) RuleFor(ClaimsPrincipal user, RampartRateLimitingOptions options)
    {
        (string Name, RateLimitRule Rule) best = ("authenticated", options.Authenticated);
        foreach (var (role, rule) in options.Roles)
        {
            if (user.IsInRole(role) && rule.PermitLimit / rule.Window.TotalSeconds > best.Rule.PermitLimit / best.Rule.Window.TotalSeconds)
            {
                best = (role.ToLowerInvariant(), rule);
            }
        }

        return best;
    }

    private static string? UserKey(ClaimsPrincipal user) =>
        user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value ?? user.Identity?.Name;

    private static RateLimitPartition<string> Fixed(string key, RateLimitRule rule) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rule.PermitLimit,
            Window = rule.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
