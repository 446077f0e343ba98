using System.Diagnostics;
using System.Threading.RateLimiting;

namespace Rampart.AspNetCore.Redis.RateLimiting;

/// <summary>
/// One partition's limiter on the shared window in Redis, with the same partition's in-process window behind it for
/// an outage: <see cref="RedisOutageMode.LocalLimits"/> admits by the local window, <see cref="RedisOutageMode.Reject"/>
/// refuses (503). Replenishing so the partitioned limiter's one timer also refills the local window.
/// </summary>
internal sealed class SharedWindowLimiter(
    string key,
    int permitLimit,
    TimeSpan window,
    RedisWindowCounter counter,
    RedisOutageMode outageMode,
    FixedWindowRateLimiter local) : ReplenishingRateLimiter
{
    private static readonly TimeSpan UnavailableRetry = TimeSpan.FromSeconds(1);
    private long _lastUse = Stopwatch.GetTimestamp();

    public override TimeSpan? IdleDuration => local.IdleDuration is null ? null : Stopwatch.GetElapsedTime(Volatile.Read(ref _lastUse));

    public override bool IsAutoReplenishing => false;

    public override TimeSpan ReplenishmentPeriod => local.ReplenishmentPeriod;

    public override bool TryReplenish() => local.TryReplenish();

    public override RateLimiterStatistics? GetStatistics() => local.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => SharedLease.Undecided;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _lastUse, Stopwatch.GetTimestamp());
        if (await counter.CountAsync(key, window) is { } count)
        {
            return count.Count <= permitLimit ? SharedLease.Admitted : SharedLease.Refused(count.Remaining);
        }

        return outageMode == RedisOutageMode.Reject
            ? SharedLease.Unavailable(UnavailableRetry)
            : local.AttemptAcquire(permitCount);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            local.Dispose();
        }

        base.Dispose(disposing);
    }
}
