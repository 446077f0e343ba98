using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.Redis;

/// <summary>How the service uses Redis. Bound from <c>Rampart:Redis</c>; the server itself is <c>ConnectionStrings:Redis</c>.</summary>
public sealed class RampartRedisOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:Redis";

    /// <summary>
    /// The prefix of every key and channel this service writes, so services can share a server. Defaults to the
    /// application name, lower-cased.
    /// </summary>
    [Required(ErrorMessage = "a key prefix such as shop")]
    [RegularExpression("^[a-z0-9][a-z0-9._-]{0,63}$", ErrorMessage = "lower-case letters, digits, '.', '_' or '-', at most 64")]
    public string KeyPrefix { get; set; } = string.Empty;

    /// <summary>
    /// What the rate limiter does while Redis is unreachable: <see cref="RedisOutageMode.LocalLimits"/> (each instance
    /// applies the same limits on its own) or <see cref="RedisOutageMode.Reject"/> (503 until Redis is back).
    /// Defaults to <see cref="RedisOutageMode.LocalLimits"/>.
    /// </summary>
    [EnumDataType(typeof(RedisOutageMode), ErrorMessage = "LocalLimits or Reject")]
    public RedisOutageMode RateLimitsWhenDown { get; set; } = RedisOutageMode.LocalLimits;

    /// <summary>How long one Redis call may take before it counts as failed. Defaults to one second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30", ErrorMessage = "a duration from 00:00:00.050 to 00:00:30")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
