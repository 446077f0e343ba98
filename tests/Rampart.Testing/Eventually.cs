using System.Diagnostics;

namespace Rampart.Testing;

/// <summary>Waits for a condition with a bound, instead of sleeping a fixed time.</summary>
public static class Eventually
{
    /// <summary>Default bound on a wait.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with <paramref name="because"/> when the bound passes.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string because, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var limit = timeout ?? DefaultTimeout;
        var pause = interval ?? TimeSpan.FromMilliseconds(50);
        var clock = Stopwatch.StartNew();
        Exception? last = null;
        while (clock.Elapsed < limit)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
#pragma warning disable CA1031 // A failing probe is an expected state while waiting; the last one is reported.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                last = ex;
            }

            await Task.Delay(pause);
        }

        throw new TimeoutException($"Waited {limit.TotalSeconds:0.#} s for: {because}.", last);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds.</summary>
    public static Task UntilAsync(Func<bool> condition, string because, TimeSpan? timeout = null) =>
        UntilAsync(() => Task.FromResult(condition()), because, timeout);
}
