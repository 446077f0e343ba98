using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Messaging.Diagnostics;
using Rampart.AspNetCore.Messaging.Transport;

namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox messages through the transport: claims a batch under a lease, publishes it in order
/// (a failed message holds back the rest of its partition), marks what was confirmed, schedules retries with
/// jittered exponential backoff, and dead-letters a message after the maximum attempts. Any number of relays
/// may run against one outbox.
/// </summary>
internal sealed class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopeFactory,
    IMessageTransport transport,
    OutboxSignal<TDbContext> signal,
    IOptionsMonitor<MessagingOptions> monitor,
    TimeProvider timeProvider,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private DateTimeOffset _nextCleanup;

    private MessagingOptions Options => monitor.Get(MessagingContext.NameOf<TDbContext>());

    /// <summary>This relay's identity in <c>locked_by</c>.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.RelayEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await RunOnceAsync(stoppingToken);
                if (result.Claimed < Options.BatchSize)
                {
                    // Idle: sleep until the poll interval passes or a local SaveChanges wrote outbox messages.
                    await signal.WaitAsync(Options.PollInterval, timeProvider, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Broker or database down: back off for the full delay; local writes do not cut it short.
                var pause = Options.TransportUnavailableDelay;
                if (ex is TransportUnavailableException)
                {
                    MessagingLog.TransportUnavailable(logger, ex, Owner, pause);
                }
                else
                {
                    MessagingLog.RelayFailed(logger, ex, Owner, pause);
                }

                try
                {
                    await Task.Delay(pause, timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims and publishes one batch. Throws <see cref="TransportUnavailableException"/> after settling what it could.</summary>
    internal async Task<RelayRunResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var store = new OutboxStore(scope.ServiceProvider.GetRequiredService<TDbContext>());
        var settings = Options;
        var batch = await store.ClaimAsync(Owner, settings.BatchSize, timeProvider.GetUtcNow(), settings.LeaseDuration, cancellationToken);
        var published = new List<Guid>(batch.Count);
        var failed = new HashSet<Guid>();
        var heldBack = new HashSet<string>(StringComparer.Ordinal);
        TransportUnavailableException? unavailable = null;
        try
        {
            foreach (var claimed in batch)
            {
                var message = claimed.Message;
                if (unavailable is not null || (message.PartitionKey is { } key && heldBack.Contains(key)))
                {
                    continue;
                }

                try
                {
                    await PublishAsync(message, cancellationToken);
                    published.Add(message.Id);
                }
                catch (TransportUnavailableException ex)
                {
                    unavailable = ex;
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    await RecordFailureAsync(store, claimed, ex, cancellationToken);
                    failed.Add(message.Id);
                    if (message.PartitionKey is { } failedKey)
                    {
                        heldBack.Add(failedKey);
                    }
                }
            }
        }
        finally
        {
            // Settle even when stopping: what was confirmed is marked, everything else is handed back at once
            // (held-back partitions, the rest after an outage) so no message waits for its lease to expire.
            var untouched = batch.Select(c => c.Message.Id).Except(published).Where(id => !failed.Contains(id)).ToList();
            await store.MarkPublishedAsync(Owner, published, timeProvider.GetUtcNow(), CancellationToken.None);
            await store.ReleaseAsync(Owner, untouched, CancellationToken.None);
        }

        if (published.Count > 0)
        {
            MessagingLog.Published(logger, Owner, published.Count);
        }

        await CleanupAsync(store, cancellationToken);
        return unavailable is null ? new RelayRunResult(batch.Count, published.Count) : throw unavailable;
    }

    private async Task PublishAsync(IntegrationMessage message, CancellationToken cancellationToken)
    {
        using var activity = MessagingDiagnostics.StartPublish(message);
        var outgoing = message with { Headers = MessagingDiagnostics.Propagate(message, activity) };
        await transport.PublishAsync(outgoing, Options.ServiceName, cancellationToken);
    }

    private async Task RecordFailureAsync(OutboxStore store, ClaimedMessage claimed, Exception exception, CancellationToken cancellationToken)
    {
        var settings = Options;
        var attempts = claimed.Attempts + 1;
        var error = $"{exception.GetType().Name}: {exception.Message}";
        var deadLetter = attempts >= settings.MaxPublishAttempts;
        var next = timeProvider.GetUtcNow() + Backoff.Delay(attempts, settings.RetryBaseDelay, settings.RetryMaxDelay);
        await store.MarkFailedAsync(Owner, claimed.Message.Id, attempts, error, next, deadLetter, cancellationToken);
        if (deadLetter)
        {
            MessagingLog.PublishDeadLettered(logger, claimed.Message.Id, claimed.Message.Type, attempts, error);
        }
        else
        {
            MessagingLog.PublishFailed(logger, exception, claimed.Message.Id, claimed.Message.Type, attempts, next);
        }
    }

    private async Task CleanupAsync(OutboxStore store, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (now < _nextCleanup)
        {
            return;
        }

        _nextCleanup = now + TimeSpan.FromMinutes(1);
        await store.DeletePublishedBeforeAsync(now - Options.PublishedRetention, cancellationToken);
    }
}
