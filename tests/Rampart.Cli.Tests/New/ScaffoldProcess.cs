using System.Diagnostics;
using System.Text;

namespace Rampart.Cli.Tests.New;

/// <summary>Runs real processes for the end-to-end tests: to completion with a bound, or in the background with captured output.</summary>
internal sealed class ScaffoldProcess : IDisposable
{
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private ScaffoldProcess(Process process)
    {
        Process = process;
    }

    public Process Process { get; }

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

    /// <summary>The rampart command as built next to these tests (same templates and packages), as a real process.</summary>
    public static ScaffoldProcess StartRampart(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "rampart.dll"), .. args], workingDirectory: null, environment);

    public static ScaffoldProcess Start(string file, IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
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

        var process = new ScaffoldProcess(new Process { StartInfo = start });
        process.Process.OutputDataReceived += (_, e) => process.Append(e.Data);
        process.Process.ErrorDataReceived += (_, e) => process.Append(e.Data);
        process.Process.Start();
        process.Process.BeginOutputReadLine();
        process.Process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs to completion within <paramref name="bound"/>; returns exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> args, string workingDirectory, TimeSpan bound)
    {
        using var process = Start(file, args, workingDirectory);
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await process.Process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
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

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
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
