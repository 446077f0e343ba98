using System.Diagnostics;
using Rampart.LocalServers;

namespace Rampart.Scaffolding.Dev;

/// <summary>One running instance of the service: its process, its readiness, and stopping it (SIGTERM, then kill).</summary>
internal sealed class DevService : IAsyncDisposable
{
    private static readonly TimeSpan ReadinessBound = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);
    private readonly Process _process;
    private readonly DevUrls _urls;

    private DevService(Process process, DevUrls urls)
    {
        _process = process;
        _urls = urls;
        Exited = process.WaitForExitAsync();
    }

    public int Id => _process.Id;

    /// <summary>Completes when the process ends, by itself or stopped.</summary>
    public Task Exited { get; }

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the built service; its log lines carry <paramref name="source"/> (<c>app</c>, or <c>app2</c> among several instances).</summary>
    public static DevService Start(string assembly, string project, IReadOnlyDictionary<string, string> environment, DevUrls urls, IServerOutput output, string source = "app") =>
        new(DevHost.Start(assembly, project, environment, output, source), urls);

    /// <summary>Polls readiness until it answers 200 (true), the process ends or the bound passes (false).</summary>
    public async Task<bool> WaitReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < ReadinessBound && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(_urls.Ready, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // One probe timed out; the next one decides.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await ProcessRunner.StopAsync(_process, StopGrace);
        _process.Dispose();
    }
}
