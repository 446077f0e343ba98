using System.Diagnostics;
using System.Text;

namespace Rampart.Testing;

/// <summary>
/// A real child process with captured output, for end-to-end tests: run to completion within a bound, or kept running
/// in the background until disposed (then killed with its whole tree).
/// </summary>
public sealed class TestProcess : IDisposable
{
    /// <summary>
    /// How long a restore, build or test run of a whole generated solution may take before it counts as hung: generous,
    /// because a loaded two-core machine builds several times slower than an idle one. A guard, not a timing goal.
    /// </summary>
    public static readonly TimeSpan SolutionBound = TimeSpan.FromMinutes(10);

    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private TestProcess(Process process)
    {
        Process = process;
    }

    /// <summary>The running process.</summary>
    public Process Process { get; }

    /// <summary>Everything the process wrote to standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="file"/> with <paramref name="args"/>, capturing its output.</summary>
    public static TestProcess Start(string file, IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new TestProcess(new Process { StartInfo = start });
        process.Process.OutputDataReceived += (_, e) => process.Append(e.Data);
        process.Process.ErrorDataReceived += (_, e) => process.Append(e.Data);
        process.Process.Start();
        process.Process.BeginOutputReadLine();
        process.Process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs to completion within <paramref name="bound"/>; returns exit code and output (standard output and error).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string file, IEnumerable<string> args, string workingDirectory, TimeSpan bound, IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default)
    {
        using var process = Start(file, args, workingDirectory, environment);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(bound);
        try
        {
            await process.Process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"'{file} {string.Join(' ', args)}' did not finish within {bound.TotalSeconds} s:\n{process.Output}");
        }

        process.Process.WaitForExit();
        return (process.Process.ExitCode, process.Output);
    }

    /// <summary>As <see cref="RunAsync"/>, blocking: for fluent test helpers that cannot await.</summary>
    public static (int ExitCode, string Output) Run(
        string file, IEnumerable<string> args, string workingDirectory, TimeSpan bound, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(file, args, workingDirectory, environment);
        if (!process.Process.WaitForExit(bound))
        {
            process.Process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{file} {string.Join(' ', args)}' did not finish within {bound.TotalSeconds} s:\n{process.Output}");
        }

        process.Process.WaitForExit();
        return (process.Process.ExitCode, process.Output);
    }

    /// <summary>Whether a process runs, from /proc, so that an exited-but-unreaped (zombie) process counts as gone.</summary>
    public static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        var text = File.ReadAllText(stat);
        return text[(text.LastIndexOf(')') + 2)..][0] is not ('Z' or 'X');
    }

    /// <summary>Kills the process and its children if it still runs.</summary>
    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        Process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
        }
    }
}
