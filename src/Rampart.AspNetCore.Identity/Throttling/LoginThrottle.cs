using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Slows down password guessing: failures are counted per (account, IP) and per IP in the shared store; past the free
/// attempts each failure locks that counter for a doubling period up to the maximum. There is no lock per account
/// alone, so an attacker elsewhere cannot lock a user out; a successful login clears that IP's counters.
/// </summary>
internal sealed class LoginThrottle(IIdentityStore store, IOptions<RampartIdentityOptions> options, TimeProvider time, ILogger<LoginThrottle> logger)
{
    private LoginThrottleOptions Settings => options.Value.LoginThrottle;

    /// <summary>How long until logins for <paramref name="normalizedEmail"/> from <paramref name="ip"/> are accepted again, or <see langword="null"/>.</summary>
    public async Task<TimeSpan?> GetRetryAfterAsync(string normalizedEmail, string ip, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = await store.GetLockedUntilAsync([AccountKey(normalizedEmail, ip), IpKey(ip)], now, cancellationToken);
        return until is { } locked && locked > now ? locked - now : null;
    }

    public async Task RecordFailureAsync(string normalizedEmail, string ip, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var resetBefore = now - Settings.ResetAfter;
        await CountAsync(AccountKey(normalizedEmail, ip), Settings.FreeFailuresPerAccount);
        await CountAsync(IpKey(ip), Settings.FreeFailuresPerIp);

        async Task CountAsync(string key, int free)
        {
            var failures = await store.RecordLoginFailureAsync(key, now, resetBefore, cancellationToken);
            if (LockFor(failures, free, Settings) is { } lockout)
            {
                await store.LockAsync(key, now + lockout, cancellationToken);
                IdentityLog.LoginLocked(logger, failures, lockout.TotalSeconds);
            }
        }
    }

    public Task RecordSuccessAsync(string normalizedEmail, string ip, CancellationToken cancellationToken) =>
        store.ClearLoginFailuresAsync([AccountKey(normalizedEmail, ip), IpKey(ip)], cancellationToken);

    /// <summary>The lock after <paramref name="failures"/> failures: none below <paramref name="free"/>, then base × 2^(n − free), capped.</summary>
    internal static TimeSpan? LockFor(int failures, int free, LoginThrottleOptions settings)
    {
        if (failures < free)
        {
            return null;
        }

        var doublings = Math.Min(failures - free, 30);
        var lockout = settings.BaseLockout * Math.Pow(2, doublings);
        return lockout < settings.MaximumLockout ? lockout : settings.MaximumLockout;
    }

    internal static string AccountKey(string normalizedEmail, string ip) => Digest("account:" + normalizedEmail + "|ip:" + ip);

    internal static string IpKey(string ip) => Digest("ip:" + ip);

    private static string Digest(string subject) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subject)));
}
