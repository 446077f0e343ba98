using System.Diagnostics;

namespace Rampart.Cli.Tests.New;

/// <summary>Bounded waits on a condition (no fixed sleeps).</summary>
internal static class ScaffoldWait
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string because, TimeSpan bound, Func<string>? context = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < bound)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        throw new TimeoutException($"Waited {bound.TotalSeconds:0} s for: {because}.\n{context?.Invoke()}");
    }
}
