using System.Threading.RateLimiting;
using Rampart.AspNetCore.RateLimiting;

namespace Rampart.AspNetCore.Redis.RateLimiting;

/// <summary>The answer of the shared limiter: admitted, or refused with when to retry (and why, when Redis is down).</summary>
internal sealed class SharedLease : RateLimitLease
{
    public static readonly SharedLease Admitted = new(true, null, unavailable: false);

    /// <summary>What <c>AttemptAcquire</c> answers: not decided without a round trip, so the middleware asks asynchronously.</summary>
    public static readonly SharedLease Undecided = new(false, null, unavailable: false);

    private readonly TimeSpan? _retryAfter;
    private readonly bool _unavailable;

    private SharedLease(bool isAcquired, TimeSpan? retryAfter, bool unavailable)
    {
        IsAcquired = isAcquired;
        _retryAfter = retryAfter;
        _unavailable = unavailable;
    }

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames =>
        _retryAfter is null ? [] : _unavailable ? [MetadataName.RetryAfter.Name, RateLimitMetadata.Unavailable.Name] : [MetadataName.RetryAfter.Name];

    public static SharedLease Refused(TimeSpan retryAfter) => new(false, retryAfter, unavailable: false);

    public static SharedLease Unavailable(TimeSpan retryAfter) => new(false, retryAfter, unavailable: true);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (_retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = wait;
            return true;
        }

        if (_unavailable && metadataName == RateLimitMetadata.Unavailable.Name)
        {
            metadata = true;
            return true;
        }

        metadata = null;
        return false;
    }
}
