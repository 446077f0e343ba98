using System.Diagnostics;
using System.Text;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>A real child process with captured output: run to completion within a bound, or kept running until disposed.</summary>
internal sealed class ShopProcess : IDisposable
{
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private ShopProcess(Process process) => Process = process;

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

    public static ShopProcess Start(string file, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new ShopProcess(new Process { StartInfo = start });
        process.Process.OutputDataReceived += (_, e) => process.Append(e.Data);
        process.Process.ErrorDataReceived += (_, e) => process.Append(e.Data);
        process.Process.Start();
        process.Process.BeginOutputReadLine();
        process.Process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs to completion within <paramref name="bound"/>; the exit code and the output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string file, IEnumerable<string> args, string workingDirectory, TimeSpan bound, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(file, args, workingDirectory, environment);
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await process.Process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"'{file} {string.Join(' ', args)}' did not finish within {bound.TotalSeconds} s:\n{process.Output}");
        }

        process.Process.WaitForExit();
        return (process.Process.ExitCode, process.Output);
    }

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
