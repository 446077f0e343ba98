using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Identity;

/// <summary>Runs <see cref="IdentityCleanup"/> every <see cref="RampartIdentityOptions.CleanupInterval"/> on the app's <see cref="TimeProvider"/>.</summary>
internal sealed class IdentityCleanupWorker(
    IServiceScopeFactory scopes,
    IOptions<RampartIdentityOptions> options,
    TimeProvider time,
    ILogger<IdentityCleanupWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<IdentityCleanup>().RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    IdentityLog.CleanupFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
