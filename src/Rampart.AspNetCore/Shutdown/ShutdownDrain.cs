using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Rampart.AspNetCore.Shutdown;

/// <summary>Counts tracked work and signals when it reaches zero.</summary>
/// <remarks>
/// Every request passes through here, so the request path takes no global lock and allocates no handle, signal or
/// description: the count is kept with <see cref="Interlocked"/>, a request is tracked by its
/// <see cref="HttpContext"/> (described only when <see cref="Snapshot"/> runs, at shutdown), and the drain signal
/// exists only while someone waits for it.
/// </remarks>
internal sealed class ShutdownDrain : IShutdownDrain, IDisposable
{
    private readonly ConcurrentDictionary<object, byte> _tracked = new(ReferenceEqualityComparer.Instance);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<string> _cutOff = new();
    private readonly CancellationTokenRegistration _onApplicationStopping;
    private TaskCompletionSource? _drained;
    private int _inFlight;

    public ShutdownDrain(IHostApplicationLifetime lifetime)
    {
        _onApplicationStopping = lifetime.ApplicationStopping.Register(BeginShutdown);
    }

    public CancellationToken Stopping => _stopping.Token;

    public int InFlight => Volatile.Read(ref _inFlight);

    public IDisposable Track(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var work = new WorkLease(this, description);
        Enter(work);
        return work;
    }

    /// <summary>Tracks a request until <see cref="ExitRequest"/>; what it is gets read only if shutdown cuts it off.</summary>
    public void EnterRequest(HttpContext context) => Enter(context);

    /// <summary>
    /// Ends the tracking <see cref="EnterRequest"/> began. A request that ends aborted after shutdown began was cut off
    /// (the server aborts what is still running when its drain time runs out): it is recorded for the shutdown log.
    /// </summary>
    public void ExitRequest(HttpContext context)
    {
        if (_stopping.IsCancellationRequested && context.RequestAborted.IsCancellationRequested)
        {
            _cutOff.Enqueue(DescribeRequest(context) + " aborted");
        }

        Exit(context);
    }

    public void ReportCutOff(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        _cutOff.Enqueue(description);
    }

    public IReadOnlyList<string> CutOff() => [.. _cutOff];

    public Task WaitForDrainAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (InFlight == 0)
            {
                return Task.CompletedTask;
            }

            // A signal completed by an earlier drain says nothing about the work in flight now: replace it.
            var current = Volatile.Read(ref _drained);
            if (current is null || current.Task.IsCompleted)
            {
                var fresh = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                if (Interlocked.CompareExchange(ref _drained, fresh, current) != current)
                {
                    continue;
                }

                current = fresh;
            }

            // The last unit may have finished before the signal was published; it would not have seen it.
            if (InFlight == 0)
            {
                current.TrySetResult();
            }

            return current.Task.WaitAsync(cancellationToken);
        }
    }

    public IReadOnlyList<string> Snapshot()
    {
        var descriptions = new List<string>();
        foreach (var work in _tracked.Keys)
        {
            var description = Describe(work);
            if (description is not null)
            {
                descriptions.Add(description);
            }
        }

        return descriptions;
    }

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

    private void Enter(object work)
    {
        // Counted before it is listed, so a waiter never sees zero while the work is listed.
        Interlocked.Increment(ref _inFlight);
        if (!_tracked.TryAdd(work, 0))
        {
            // Already tracked (the middleware added twice): count it once.
            Leave();
        }
    }

    private void Exit(object work)
    {
        if (_tracked.TryRemove(work, out _))
        {
            Leave();
        }
    }

    private void Leave()
    {
        if (Interlocked.Decrement(ref _inFlight) == 0)
        {
            Volatile.Read(ref _drained)?.TrySetResult();
        }
    }

    private static string? Describe(object work)
    {
        if (work is WorkLease lease)
        {
            return lease.Description;
        }

        var context = (HttpContext)work;
        try
        {
            return DescribeRequest(context);
        }
        catch (ObjectDisposedException)
        {
            // The request finished (and its context was recycled) while the snapshot was taken: not cut off.
            return null;
        }
    }

    /// <summary>How a request in flight is named in the shutdown log, whichever way it is tracked.</summary>
    public static string DescribeRequest(HttpContext context) =>
        $"request {context.Request.Method} {context.Request.Path} ({context.TraceIdentifier})";

    private sealed class WorkLease(ShutdownDrain owner, string description) : IDisposable
    {
        public string Description { get; } = description;

        public void Dispose() => owner.Exit(this);
    }
}
