using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Rampart.Cli.Advise;

/// <summary>Reads the two facts the advisor takes from git: recent distinct authors and the age of the history.</summary>
internal static class GitHistory
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Distinct author e-mails of commits in the 365 days before <paramref name="now"/> and the age of the oldest root commit; nulls without git history.</summary>
    public static async Task<(int? Authors, TimeSpan? Age)> ReadAsync(string directory, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now.AddDays(-365).ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
        var authors = await RunAsync(directory, ["log", $"--since={since}", "--format=%ae"], cancellationToken);
        var roots = await RunAsync(directory, ["log", "--max-parents=0", "--format=%at"], cancellationToken);
        if (authors is null || roots is null)
        {
            return (null, null);
        }

        var distinct = authors.Where(a => a.Length > 0).Select(a => a.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count();
        var first = roots.Select(r => long.TryParse(r, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : (long?)null)
            .Where(s => s is not null)
            .Min();
        TimeSpan? age = first is long oldest ? now - DateTimeOffset.FromUnixTimeSeconds(oldest) : null;
        return (distinct, age);
    }

    // Returns the output lines, or null when git is missing or the folder has no history.
    private static async Task<List<string>?> RunAsync(string directory, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(directory);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("git did not start.");
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (process)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
                await Task.WhenAll(output, error);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return process.ExitCode == 0 ? [.. (await output).Split('\n', StringSplitOptions.TrimEntries)] : null;
        }
    }
}
