using System.ComponentModel;
using System.Diagnostics;

namespace Rampart.LocalServers;

/// <summary>Runs the system's tools: to completion (initdb, pg_ctl) or as long-lived, streamed processes (the service).</summary>
internal static class ProcessRunner
{
    public static bool IsRoot => Environment.UserName == "root";

    public static async Task<ProcessResult> RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken, string? asUser = null, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        using var process = new Process { StartInfo = StartInfo(file, arguments, asUser, environment) };
        if (workingDirectory is not null)
        {
            process.StartInfo.WorkingDirectory = workingDirectory;
        }

        StartOrExplain(process, file);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }

    /// <summary>Starts a long-lived process whose output lines go to <paramref name="onLine"/>.</summary>
    public static Process Start(string file, IEnumerable<string> arguments, Action<string> onLine, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var process = new Process { StartInfo = StartInfo(file, arguments, asUser: null, environment), EnableRaisingEvents = true };
        if (workingDirectory is not null)
        {
            process.StartInfo.WorkingDirectory = workingDirectory;
        }

        process.OutputDataReceived += (_, e) => Forward(e.Data, onLine);
        process.ErrorDataReceived += (_, e) => Forward(e.Data, onLine);
        StartOrExplain(process, file);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Asks a process to stop (SIGTERM) and waits; kills it when it does not stop in time.</summary>
    public static async Task StopAsync(Process process, TimeSpan grace)
    {
        if (process.HasExited)
        {
            return;
        }

        await RunAsync("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], CancellationToken.None);
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    public static bool IsAlive(int pid)
    {
        if (OperatingSystem.IsLinux())
        {
            // A zombie (exited, not yet reaped by its parent) is not running: read its state rather than probing the pid.
            var stat = $"/proc/{pid}/stat";
            try
            {
                var text = File.ReadAllText(stat);
                var state = text[(text.LastIndexOf(')') + 2)..].FirstOrDefault();
                return state is not ('Z' or 'X');
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or IOException)
            {
                return false;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Waits (bounded) until a process that was asked to stop is gone.</summary>
    public static async Task<bool> WaitUntilGoneAsync(int pid, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (IsAlive(pid))
        {
            if (clock.Elapsed > bound)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        }

        return true;
    }

    private static void Forward(string? line, Action<string> onLine)
    {
        if (line is not null)
        {
            onLine(line);
        }
    }

    private static ProcessStartInfo StartInfo(string file, IEnumerable<string> arguments, string? asUser, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(asUser is null ? file : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (asUser is not null)
        {
            foreach (var prefix in (string[])["-u", asUser, "--", file])
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static void StartOrExplain(Process process, string file)
    {
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new LocalServerException($"Could not run '{file}': {ex.Message}", $"Install '{Path.GetFileName(file)}' or put it on the PATH.", ex);
        }
    }
}
