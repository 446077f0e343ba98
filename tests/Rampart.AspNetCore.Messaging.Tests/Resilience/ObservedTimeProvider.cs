using Microsoft.Extensions.Time.Testing;

namespace Rampart.AspNetCore.Messaging.Tests.Resilience;

/// <summary>
/// <see cref="FakeTimeProvider"/> (timers fire only when the test advances it) that also tells which timers are armed,
/// so a test can wait until the code under test is waiting for a given delay before moving time on.
/// </summary>
public sealed class ObservedTimeProvider() : FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
{
    private readonly Lock _gate = new();
    private readonly List<ObservedTimer> _timers = [];

    /// <summary>How far ahead of now each armed timer is due.</summary>
    public IReadOnlyList<TimeSpan> PendingDelays()
    {
        var now = GetUtcNow();
        lock (_gate)
        {
            return [.. _timers.Where(t => t.DueAt is not null).Select(t => t.DueAt!.Value - now)];
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ObservedTimer(this);
        timer.Inner = base.CreateTimer(
            s =>
            {
                timer.Fired();
                callback(s);
            },
            state,
            Timeout.InfiniteTimeSpan,
            Timeout.InfiniteTimeSpan);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class ObservedTimer(ObservedTimeProvider clock) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public ITimer Inner { get; set; } = null!;

        public DateTimeOffset? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var now = clock.GetUtcNow();
            lock (clock._gate)
            {
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : now + dueTime;
                _period = period;
            }

            return Inner.Change(dueTime, period);
        }

        public void Fired()
        {
            var now = clock.GetUtcNow();
            lock (clock._gate)
            {
                DueAt = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan ? now + _period : null;
            }
        }

        public void Dispose()
        {
            lock (clock._gate)
            {
                DueAt = null;
                clock._timers.Remove(this);
            }

            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
