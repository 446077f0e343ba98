using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.RateLimiting;

/// <summary>One limit: at most <see cref="PermitLimit"/> requests per <see cref="Window"/> for one partition.</summary>
public sealed class RateLimitRule
{
    /// <summary>Requests admitted per window. No default of its own; the defaults are set per caller kind in <see cref="RampartRateLimitingOptions"/>.</summary>
    [Range(1, 100_000_000, ErrorMessage = "a whole number of requests from 1 to 100000000")]
    public int PermitLimit { get; set; }

    /// <summary>The fixed window length. Defaults to one minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "a duration from 00:00:01 to 1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
