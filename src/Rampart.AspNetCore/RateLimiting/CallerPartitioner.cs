using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.RateLimiting;

/// <summary>
/// Chooses the partition and rule of a request: per user (and role rule) when authenticated, per client IP when
/// anonymous. The client IP is the connection's, which the forwarded-headers block rewrites only for trusted proxies.
/// </summary>
/// <remarks>
/// Built once from the bound options: each rule's scope name and limiter factory exist once, so choosing a partition
/// allocates nothing per request.
/// </remarks>
internal sealed class CallerPartitioner
{
    private const string UnknownAddress = "unknown";

    private static readonly RateLimitPartition<CallerPartitionKey> Disabled =
        RateLimitPartition.GetNoLimiter(new CallerPartitionKey("disabled", "disabled"));

    private readonly bool _enabled;
    private readonly Scope _anonymous;
    private readonly Scope _authenticated;
    private readonly (string Role, Scope Scope)[] _roles;

    public CallerPartitioner(RampartRateLimitingOptions options)
        : this(options, LocalLimiter)
    {
    }

    /// <summary>Partitions as usual, with each partition's limiter made by <paramref name="createLimiter"/> (a shared store's, e.g. Redis).</summary>
    public CallerPartitioner(RampartRateLimitingOptions options, Func<CallerPartitionKey, RateLimitRule, RateLimiter> createLimiter)
    {
        _enabled = options.Enabled;
        _anonymous = new Scope("ip", options.Anonymous, createLimiter);
        _authenticated = new Scope("user:authenticated", options.Authenticated, createLimiter);
        _roles = [.. options.Roles.Select(role => (role.Key, new Scope($"user:{role.Key.ToLowerInvariant()}", role.Value, createLimiter)))];
    }

    /// <summary>
    /// The in-process limiter of one partition: a fixed window. Auto-replenishment off, as
    /// RateLimitPartition.GetFixedWindowLimiter does: the partitioned limiter replenishes its partitions from one timer
    /// instead of one timer per partition.
    /// </summary>
    public static FixedWindowRateLimiter LocalLimiter(CallerPartitionKey key, RateLimitRule rule) => new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = rule.PermitLimit,
        Window = rule.Window,
        QueueLimit = 0,
        AutoReplenishment = false,
    });

    public RateLimitPartition<CallerPartitionKey> Partition(HttpContext context)
    {
        if (!_enabled)
        {
            return Disabled;
        }

        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && UserKey(user) is { } userKey)
        {
            return ScopeFor(user).Partition(userKey);
        }

        return _anonymous.Partition((object?)context.Connection.RemoteIpAddress ?? UnknownAddress);
    }

    private Scope ScopeFor(ClaimsPrincipal user)
    {
        var best = _authenticated;
        foreach (var (role, scope) in _roles)
        {
            if (scope.RequestsPerSecond > best.RequestsPerSecond && user.IsInRole(role))
            {
                best = scope;
            }
        }

        return best;
    }

    private static string? UserKey(ClaimsPrincipal user) =>
        user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value ?? user.Identity?.Name;

    private sealed class Scope
    {
        private readonly string _name;
        private readonly Func<CallerPartitionKey, RateLimiter> _createLimiter;

        public Scope(string name, RateLimitRule rule, Func<CallerPartitionKey, RateLimitRule, RateLimiter> createLimiter)
        {
            _name = name;
            RequestsPerSecond = rule.PermitLimit / rule.Window.TotalSeconds;
            _createLimiter = key => createLimiter(key, rule);
        }

        public double RequestsPerSecond { get; }

        public RateLimitPartition<CallerPartitionKey> Partition(object caller) =>
            new(new CallerPartitionKey(_name, caller), _createLimiter);
    }
}
