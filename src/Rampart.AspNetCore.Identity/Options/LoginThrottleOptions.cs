namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Login throttling: failures are counted per (account, IP) and per IP; past the free attempts each further
/// failure locks that counter for a doubling period capped at <see cref="MaximumLockout"/>.
/// </summary>
public sealed class LoginThrottleOptions
{
    /// <summary>Failures allowed for one account from one IP before it is locked. Defaults to 5.</summary>
    public int FreeFailuresPerAccount { get; set; } = 5;

    /// <summary>Failures allowed from one IP over all accounts before the IP is locked. Defaults to 50.</summary>
    public int FreeFailuresPerIp { get; set; } = 50;

    /// <summary>The first lock period; each further failure doubles it. Defaults to 30 seconds.</summary>
    public TimeSpan BaseLockout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest lock period. Defaults to 15 minutes.</summary>
    public TimeSpan MaximumLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A counter with no failure for this long starts again from zero. Defaults to 1 hour.</summary>
    public TimeSpan ResetAfter { get; set; } = TimeSpan.FromHours(1);
}
