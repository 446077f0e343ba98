using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.RateLimiting;

/// <summary>Limits per caller. Bound from <c>Rampart:RateLimiting</c>.</summary>
public sealed class RampartRateLimitingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:RateLimiting";

    /// <summary>Whether requests are limited at all. Defaults to true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The limit per client IP for anonymous callers. Defaults to 60 per minute.</summary>
    [Required(ErrorMessage = "a rule with PermitLimit and Window")]
    public RateLimitRule Anonymous { get; set; } = new() { PermitLimit = 60 };

    /// <summary>The limit per user for authenticated callers without a role listed in <see cref="Roles"/>. Defaults to 1000 per minute.</summary>
    [Required(ErrorMessage = "a rule with PermitLimit and Window")]
    public RateLimitRule Authenticated { get; set; } = new() { PermitLimit = 1000 };

    /// <summary>
    /// Limits per user for callers in a role; a caller in several listed roles gets the most generous one.
    /// Defaults to <c>admin</c>: 10000 per minute.
    /// </summary>
    [Required(ErrorMessage = "a map of role name to rule")]
    public Dictionary<string, RateLimitRule> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["admin"] = new() { PermitLimit = 10_000 },
    };
}
