using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Rampart.AspNetCore.Jobs;

/// <summary>
/// Starts the Quartz scheduler once the application has started (so <c>migrate</c> has run and the service listens
/// first) and stops it with the host, waiting for running jobs. Unlike Quartz's own hosted service it never fails or
/// stops the service when the job store is unreachable at start: the service comes up (its readiness says the database
/// is down), the scheduler retries with a doubling delay up to <see cref="MaximumRetryDelay"/>, logs the outage once and
/// its end once, and starts when the database is back.
/// </summary>
internal sealed class JobSchedulerService(ISchedulerFactory schedulers, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<JobSchedulerService> logger)
    : IHostedService, IDisposable
{
    internal static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(500);
    internal static readonly TimeSpan MaximumRetryDelay = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stopping = new();
    private CancellationTokenRegistration _started;
    private Task _starting = Task.CompletedTask;
    private IScheduler? _scheduler;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _started = lifetime.ApplicationStarted.Register(() => _starting = StartSchedulerAsync(_stopping.Token));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            // A start attempt stuck on an unreachable database is bounded by the host's shutdown timeout.
            await _starting.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        if (_scheduler is { } scheduler)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }

    public void Dispose()
    {
        _started.Dispose();
        _stopping.Dispose();
    }

    private async Task StartSchedulerAsync(CancellationToken stopping)
    {
        var delay = FirstRetryDelay;
        var since = (DateTimeOffset?)null;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var scheduler = await schedulers.GetScheduler(stopping);
                await scheduler.Start(stopping);
                _scheduler = scheduler;
                if (since is { } down)
                {
                    var waited = time.GetUtcNow() - down;
                    JobsLog.SchedulerStartedAfterOutage(logger, scheduler.SchedulerName, waited.TotalSeconds);
                }

                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is SchedulerException or System.Data.Common.DbException or System.Net.Sockets.SocketException or TimeoutException)
            {
                if (since is null)
                {
                    since = time.GetUtcNow();
                    var reason = ex.GetBaseException().Message;
                    JobsLog.SchedulerWaiting(logger, reason);
                }
            }

            try
            {
                await Task.Delay(delay, time, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = delay * 2 < MaximumRetryDelay ? delay * 2 : MaximumRetryDelay;
        }
    }
}
