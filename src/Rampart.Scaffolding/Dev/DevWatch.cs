using System.Diagnostics;
using System.Globalization;
using Rampart.LocalServers;

namespace Rampart.Scaffolding.Dev;

/// <summary>
/// <c>rampart dev --watch</c>: builds and starts the service, then on every debounced batch of source changes
/// (<see cref="SourceWatcher"/>) rebuilds while the running instance keeps serving and swaps it for the new one. Builds
/// alternate between two output folders, so a build never writes over the assemblies the running instance has loaded.
/// A failed build is printed and the running instance (if any) stays; the local servers run throughout.
/// </summary>
internal sealed class DevWatch(string solutionDirectory, string project, IReadOnlyDictionary<string, string> environment, DevUrls urls, IServerOutput output)
{
    private readonly string[] _slots =
    [
        Path.Combine(solutionDirectory, ".rampart", "dev", "build", "a"),
        Path.Combine(solutionDirectory, ".rampart", "dev", "build", "b"),
    ];

    public async Task RunAsync(Stopwatch sinceStart, CancellationToken cancellationToken)
    {
        using var watcher = new SourceWatcher(solutionDirectory, TimeProvider.System, ChangeDebouncer.DefaultQuietPeriod);
        output.Info($"Watching {WatchedFiles.Folder}/ for changes to .cs, .csproj and appsettings*.json files.");
        DevService? running = null;
        var slot = 0;
        string? reason = null;
        try
        {
            while (true)
            {
                var clock = reason is null ? sinceStart : Stopwatch.StartNew();
                output.Info(reason is null
                    ? $"Building {Path.GetFileName(project)} (restore and compile)..."
                    : running is null ? $"{reason}: rebuilding..." : $"{reason}: rebuilding while the service (pid {running.Id}) keeps serving...");
                if (await BuildAsync(_slots[slot], running, cancellationToken) is { } assembly)
                {
                    if (running is not null)
                    {
                        await running.DisposeAsync();
                    }

                    running = DevService.Start(assembly, project, environment, urls, output);
                    slot = 1 - slot;
                    output.Info(reason is null
                        ? $"Service started (pid {running.Id}); it applies pending migrations, then listens. Waiting for {urls.Ready}"
                        : $"Restarted (pid {running.Id}) because {reason}.");
                    await DevSession.ReportReadinessAsync(running, urls, clock, output, cancellationToken, again: reason is not null);
                }

                var change = watcher.NextAsync(cancellationToken);
                if (running is not null && await Task.WhenAny(change, running.Exited) != change)
                {
                    output.Info($"The service stopped by itself (exit code {running.ExitCode}); rampart dev rebuilds and restarts it on the next change.");
                    await running.DisposeAsync();
                    running = null;
                }

                reason = Describe(await change);
            }
        }
        finally
        {
            if (running is not null)
            {
                await running.DisposeAsync();
            }
        }
    }

    /// <summary><c>src/Shop.Host/Program.cs changed</c>, or <c>src/a.cs and 2 more changed</c>.</summary>
    internal static string Describe(IReadOnlyList<string> changed) => changed.Count switch
    {
        0 => "files changed",
        1 => $"{changed[0]} changed",
        _ => $"{changed[0]} and {(changed.Count - 1).ToString(CultureInfo.InvariantCulture)} more changed",
    };

    private async Task<string?> BuildAsync(string slot, DevService? running, CancellationToken cancellationToken)
    {
        try
        {
            return await DevHost.BuildAsync(solutionDirectory, project, slot, cancellationToken);
        }
        catch (DevBuildException ex)
        {
            output.Info("The build failed:");
            foreach (var error in ex.Errors)
            {
                output.Info("  " + error);
            }

            output.Info(running is null
                ? "Nothing is serving yet: waiting for a fix (rampart dev rebuilds when a file changes)."
                : $"The service (pid {running.Id}) keeps serving the last build: waiting for a fix (rampart dev rebuilds when a file changes).");
            return null;
        }
    }
}
