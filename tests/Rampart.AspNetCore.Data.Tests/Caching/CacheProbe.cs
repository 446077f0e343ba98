namespace Rampart.AspNetCore.Data.Tests.Caching;

/// <summary>Counts how often a cached read went to the database, and can hold such a load until the test lets it go.</summary>
public sealed class CacheProbe
{
    private int _loads;

    public int Loads => Volatile.Read(ref _loads);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Loaded() => Interlocked.Increment(ref _loads);
}
