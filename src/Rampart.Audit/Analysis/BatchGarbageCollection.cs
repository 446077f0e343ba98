using System.Runtime;

namespace Rampart.Audit.Analysis;

/// <summary>
/// Switches the process to batch garbage collection (no background GC) while at least one audit runs. Compiling a
/// solution allocates heavily and briefly; background collections then cost a fifth of the audit's CPU for no benefit
/// to a command-line run. The previous mode is restored when the last audit in the process finishes.
/// </summary>
internal sealed class BatchGarbageCollection : IDisposable
{
    private static readonly Lock Gate = new();
    private static int _active;
    private static GCLatencyMode _previous;
    private bool _disposed;

    public BatchGarbageCollection()
    {
        lock (Gate)
        {
            if (_active++ == 0)
            {
                _previous = GCSettings.LatencyMode;
                GCSettings.LatencyMode = GCLatencyMode.Batch;
            }
        }
    }

    public void Dispose()
    {
        lock (Gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (--_active == 0)
            {
                GCSettings.LatencyMode = _previous;
            }
        }
    }
}
