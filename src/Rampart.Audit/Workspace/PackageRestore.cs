using System.Diagnostics;
using System.Globalization;

namespace Rampart.Audit.Workspace;

/// <summary>
/// Runs <c>dotnet restore</c> on what is audited, when the user asked for it (<c>--restore</c>): the solution or project
/// itself, or for a folder its one solution at the top, else each project under it. A failed restore does not stop the
/// audit: it is reported, and the projects it left unrestored are reported incomplete.
/// </summary>
internal static class PackageRestore
{
    /// <summary>Restores; gives one warning per restore that failed.</summary>
    public static async Task<List<string>> RunAsync(string path, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        foreach (var target in Targets(path))
        {
            var (exitCode, output) = await RestoreAsync(target, cancellationToken).ConfigureAwait(false);
            if (exitCode != 0)
            {
                var errors = output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct().Take(3);
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"'dotnet restore {Path.GetFileName(target)}' failed (exit code {exitCode}): {string.Join(" ", errors)}"));
            }
        }

        return warnings;
    }

    private static List<string> Targets(string path)
    {
        var full = Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            return [full];
        }

        var solutions = Directory.GetFiles(full, "*.sln").Concat(Directory.GetFiles(full, "*.slnx")).ToList();
        return solutions.Count == 1 ? solutions : WorkspaceLoader.FindProjects(full);
    }

    private static async Task<(int ExitCode, string Output)> RestoreAsync(string target, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(target)!,
        };
        foreach (var argument in new[] { "restore", target, "--nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new AuditException("'dotnet restore' could not be started.", "Check that the .NET SDK is installed and on PATH.");
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return (process.ExitCode, await output.ConfigureAwait(false) + await error.ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    /// <summary>The dotnet that runs this tool when there is one (<c>DOTNET_HOST_PATH</c>), else the one on PATH.</summary>
    private static string DotnetExecutable() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
