namespace Skeleton.Core.Tests.Fakes;

/// <summary>The clock port at a time the test chooses.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
