namespace Rampart.AspNetCore.Identity;

/// <summary>A login failure counter for one (account, IP) pair or one IP; the key is a SHA-256 so no e-mail or IP is stored.</summary>
public sealed class LoginThrottleRecord
{
    /// <summary>Hex SHA-256 of the counter's subject.</summary>
    public required string Key { get; set; }

    /// <summary>Failures since the counter last started.</summary>
    public int Failures { get; set; }

    /// <summary>The latest failure (UTC).</summary>
    public DateTimeOffset LastFailureAt { get; set; }

    /// <summary>Until when logins for this subject are refused (UTC).</summary>
    public DateTimeOffset? LockedUntil { get; set; }
}
