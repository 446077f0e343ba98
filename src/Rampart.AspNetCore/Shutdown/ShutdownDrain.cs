using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace Rampart.AspNetCore.Shutdown;

/// <summary>Counts tracked work and signals when it reaches zero.</summary>
internal sealed class ShutdownDrain : IShutdownDrain, IDisposable
{
    private readonly ConcurrentDictionary<long, string> _inFlight = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenRegistration _onApplicationStopping;
    private readonly Lock _gate = new();
    private TaskCompletionSource _drained = NewDrainedSignal(completed: true);
    private long _nextId;

    public ShutdownDrain(IHostApplicationLifetime lifetime)
    {
        _onApplicationStopping = lifetime.ApplicationStopping.Register(BeginShutdown);
    }

    public CancellationToken Stopping => _stopping.Token;

    public int InFlight => _inFlight.Count;

    public IDisposable Track(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var id = Interlocked.Increment(ref _nextId);
        lock (_gate)
        {
            if (_inFlight.IsEmpty)
            {
                _drained = NewDrainedSignal(completed: false);
            }

            _inFlight[id] = description;
        }

        return new Lease(this, id);
    }

    public Task WaitForDrainAsync(CancellationToken cancellationToken)
    {
        Task drained;
        lock (_gate)
        {
            drained = _drained.Task;
        }

        return drained.WaitAsync(cancellationToken);
    }

    public IReadOnlyList<string> Snapshot() => [.. _inFlight.Values];

    /// <summary>Marks shutdown as begun: readiness fails and <see cref="Stopping"/> fires. Idempotent.</summary>
    public void BeginShutdown()
    {
        try
        {
            _stopping.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Disposed with the container after the host stopped; nothing left to signal.
        }
    }

    public void Dispose()
    {
        _onApplicationStopping.Dispose();
        _stopping.Dispose();
    }

    private void Release(long id)
    {
        lock (_gate)
        {
            if (_inFlight.TryRemove(id, out _) && _inFlight.IsEmpty)
            {
                _drained.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource NewDrainedSignal(bool completed)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            signal.SetResult();
        }

        return signal;
    }

    private sealed class Lease(ShutdownDrain owner, long id) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Release(id);
            }
        }
    }
}
