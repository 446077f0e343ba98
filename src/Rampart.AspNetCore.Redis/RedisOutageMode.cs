namespace Rampart.AspNetCore.Redis;

/// <summary>What the shared rate limiter does while Redis cannot be reached.</summary>
public enum RedisOutageMode
{
    /// <summary>Fail open with limits: each instance applies the configured limits on its own until Redis is back.</summary>
    LocalLimits,

    /// <summary>Fail closed: requests are refused with 503 and <c>Retry-After</c> until Redis is back.</summary>
    Reject,
}
