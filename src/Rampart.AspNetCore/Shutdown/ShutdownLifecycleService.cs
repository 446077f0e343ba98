using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Shutdown;

/// <summary>
/// Orders graceful shutdown: readiness is already 503 when <c>ApplicationStopping</c> fires; this waits the
/// readiness delay (still serving), then, once the server and workers are asked to stop, waits for tracked work up
/// to the drain timeout, and finally logs every unit of work that was cut off: requests the server aborted, worker units
/// reported as interrupted, and tracked work still running.
/// </summary>
internal sealed partial class ShutdownLifecycleService(
    IShutdownDrain drain,
    IOptions<ShutdownOptions> options,
    TimeProvider time,
    ILogger<ShutdownLifecycleService> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private long _drainStarted;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        (drain as ShutdownDrain)?.BeginShutdown();
        var delay = options.Value.ReadinessDelay;
        LogShutdownStarted(logger, drain.InFlight, delay.TotalSeconds);
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // The host's own shutdown timeout ended the readiness delay early; carry on stopping.
            }
        }

        Interlocked.Exchange(ref _drainStarted, time.GetTimestamp());
    }

    // The server drains its requests and each BackgroundService its ExecuteAsync in their own StopAsync.
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        var left = options.Value.DrainTimeout - time.GetElapsedTime(Interlocked.Read(ref _drainStarted));
        if (drain.InFlight > 0 && left > TimeSpan.Zero)
        {
            using var timeout = new CancellationTokenSource(left, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
            try
            {
                await drain.WaitForDrainAsync(linked.Token);
            }
            catch (OperationCanceledException)
            {
                // Out of time: what is still running is reported below.
            }
        }

        // Cut off: what shutdown interrupted (aborted requests, cancelled worker units) and what is still running now.
        var cutOff = drain.CutOff().Concat(drain.Snapshot().Select(work => work + " still running")).ToList();
        foreach (var work in cutOff)
        {
            LogCutOff(logger, work);
        }

        LogShutdownFinished(logger, cutOff.Count);
    }

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Shutdown started: readiness now fails; {InFlight} units of work in flight; serving for {ReadinessDelaySeconds} s more")]
    private static partial void LogShutdownStarted(ILogger logger, int inFlight, double readinessDelaySeconds);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Warning, Message = "Shutdown cut off unfinished work: {Work}")]
    private static partial void LogCutOff(ILogger logger, string work);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Information, Message = "Shutdown finished; {CutOff} units of work cut off")]
    private static partial void LogShutdownFinished(ILogger logger, int cutOff);
}
