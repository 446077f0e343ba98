namespace Rampart.Scaffolding.Dev;

/// <summary>
/// Turns a burst of file events into one batch: a batch is ready once no new change came for the quiet period (an
/// editor's save, a branch switch or a formatter touch many files within moments). Changes that arrive while nobody
/// waits (during a rebuild) are kept for the next <see cref="NextAsync"/>, never dropped.
/// </summary>
internal sealed class ChangeDebouncer : IDisposable
{
    /// <summary>How long the files must stay quiet before a rebuild starts.</summary>
    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromMilliseconds(400);

    private readonly Lock _gate = new();
    private readonly TimeSpan _quiet;
    private readonly ITimer _timer;
    private List<string> _pending = [];
    private List<string> _ready = [];
    private TaskCompletionSource _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ChangeDebouncer(TimeProvider time, TimeSpan quietPeriod)
    {
        ArgumentNullException.ThrowIfNull(time);
        _quiet = quietPeriod;
        _timer = time.CreateTimer(_ => Flush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Records a change; the quiet period starts again.</summary>
    public void Notify(string path)
    {
        lock (_gate)
        {
            if (!_pending.Contains(path, StringComparer.Ordinal))
            {
                _pending.Add(path);
            }

            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The next batch of changed paths, in the order they first changed.</summary>
    public async Task<IReadOnlyList<string>> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                if (_ready.Count > 0)
                {
                    var batch = _ready;
                    _ready = [];
                    return batch;
                }

                signal = _signal.Task;
            }

            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Flush()
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            _ready.AddRange(_pending.Where(path => !_ready.Contains(path, StringComparer.Ordinal)));
            _pending = [];
            done = _signal;
            _signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }
}
