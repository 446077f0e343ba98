using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.Data.Caching;

/// <summary>How cached reads live and how big they may be. Bound from <c>Rampart:Caching</c> and validated at start.</summary>
public sealed class RampartCachingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:Caching";

    /// <summary>
    /// How long an entry lives in the shared cache (or, without one, in the process). Every write of the entity removes
    /// it at once; this is the bound on anything a removal could not reach (see the caching docs). Defaults to five minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "a duration from 00:00:01 to 1.00:00:00")]
    public TimeSpan Expiration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long an instance may also keep an entry in its own memory when a shared cache (Redis) is configured. Another
    /// instance's write cannot clear this copy, so anything above zero allows reads up to this old after a write on
    /// another instance. Defaults to zero: every read asks the shared cache, and a write is seen by all at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "a duration from 00:00:00 to 01:00:00")]
    public TimeSpan LocalExpiration { get; set; } = TimeSpan.Zero;

    /// <summary>The largest serialised value that is cached; a bigger one is served but not stored. Defaults to 1 MiB.</summary>
    [Range(1024, 64 * 1024 * 1024, ErrorMessage = "a size in bytes from 1024 to 67108864")]
    public int MaximumPayloadBytes { get; set; } = 1024 * 1024;
}
