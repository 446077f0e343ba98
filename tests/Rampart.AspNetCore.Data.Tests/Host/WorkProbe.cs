namespace Rampart.AspNetCore.Data.Tests.Host;

/// <summary>Counts how often handlers really ran, and can hold a handler until the test lets it go.</summary>
public sealed class WorkProbe
{
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool? VisibleBeforeCommit { get; set; }

    public bool? VisibleAtCommit { get; set; }

    public void Ran() => Interlocked.Increment(ref _runs);
}
