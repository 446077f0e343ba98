using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>Deletes expired idempotency keys periodically; any number of instances may run it.</summary>
internal sealed class IdempotencyCleanupService(
    IIdempotencyStore store, IOptions<IdempotencyOptions> options, TimeProvider time, ILogger<IdempotencyCleanupService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.CleanupEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CleanupInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CleanOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    internal async Task CleanOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var count = await store.RemoveExpiredAsync(time.GetUtcNow(), cancellationToken);
            if (count > 0)
            {
                IdempotencyLog.Cleaned(logger, count);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            IdempotencyLog.CleanupFailed(logger, exception);
        }
    }
}
