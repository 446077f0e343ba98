using System.Collections.ObjectModel;
using System.Diagnostics;

namespace Rampart.Testing;

/// <summary>
/// Spans handed to OpenTelemetry's in-memory exporter, which adds them from whichever thread ended each one: adds and
/// reads are locked, and tests read a snapshot.
/// </summary>
public sealed class ExportedSpans : Collection<Activity>
{
    private readonly Lock _lock = new();

    /// <summary>The spans exported so far.</summary>
    public IReadOnlyList<Activity> Snapshot()
    {
        lock (_lock)
        {
            return [.. Items];
        }
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (_lock)
        {
            base.InsertItem(index, item);
        }
    }
}
