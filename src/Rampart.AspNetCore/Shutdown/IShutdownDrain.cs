namespace Rampart.AspNetCore.Shutdown;

/// <summary>
/// The hook graceful shutdown drains through. Requests are tracked automatically; a background worker wraps each
/// unit of work (a message, a batch) in <see cref="Track"/> and stops taking new work when
/// <see cref="Stopping"/> (or its own <c>stoppingToken</c>) fires. On shutdown the host waits for tracked work up to
/// <see cref="ShutdownOptions.DrainTimeout"/>, then logs each unit still running as cut off.
/// </summary>
public interface IShutdownDrain
{
    /// <summary>Cancelled when shutdown begins: take no new work after this.</summary>
    CancellationToken Stopping { get; }

    /// <summary>The number of units of work in flight.</summary>
    int InFlight { get; }

    /// <summary>Marks a unit of work as in flight until the returned handle is disposed.</summary>
    /// <param name="description">What the work is, for the cut-off log (for example <c>outbox relay batch 42</c>).</param>
    IDisposable Track(string description);

    /// <summary>Completes when no tracked work is in flight, or when <paramref name="cancellationToken"/> is cancelled.</summary>
    Task WaitForDrainAsync(CancellationToken cancellationToken);

    /// <summary>The descriptions of the work in flight now.</summary>
    IReadOnlyList<string> Snapshot();

    /// <summary>
    /// Records work that shutdown interrupted before it finished — a worker whose unit was cancelled by its stopping
    /// token, for example — so the shutdown log counts and names it with the work still running at the deadline.
    /// </summary>
    /// <param name="description">What was cut off and what became of it (for example <c>outbox batch: 3 messages left pending</c>).</param>
    void ReportCutOff(string description);

    /// <summary>What <see cref="ReportCutOff"/> recorded, and the requests shutdown aborted, so far.</summary>
    IReadOnlyList<string> CutOff();
}
