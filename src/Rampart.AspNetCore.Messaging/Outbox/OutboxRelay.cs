using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Messaging.Diagnostics;
using Rampart.AspNetCore.Messaging.Transport;
using Rampart.AspNetCore.Shutdown;

namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox messages through the transport: locks a batch for the time it publishes it, in order
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
    ILogger<OutboxRelay<TDbContext>> logger,
    IShutdownDrain? drain = null) : BackgroundService
    where TDbContext : DbContext
{
    private DateTimeOffset _nextCleanup;

    private MessagingOptions Options => monitor.Get(MessagingContext.NameOf<TDbContext>());

    /// <summary>This relay's name in its log messages.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.RelayEnabled)
        {
            return;
        }

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await RunOnceAsync(stoppingToken);
                failures = 0;
                if (result.Claimed < Options.BatchSize)
                {
                    // Idle: sleep until the poll interval passes or a local commit wrote outbox messages.
                    await signal.WaitAsync(Options.PollInterval, timeProvider, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Broker or database down: try again after a backoff that starts short and is capped, so the relay
                // resumes within the cap once the outage ends. A local commit proves the database is back and wakes it
                // sooner; it says nothing about the broker.
                var pause = RecoveryDelay(++failures, Options.TransportUnavailableDelay);
                var brokerDown = ex is TransportUnavailableException;
                if (brokerDown)
                {
                    MessagingLog.TransportUnavailable(logger, ex, Owner, pause);
                }
                else
                {
                    MessagingLog.RelayFailed(logger, ex, Owner, pause);
                }

                try
                {
                    await (brokerDown ? Task.Delay(pause, timeProvider, stoppingToken) : signal.WaitAsync(pause, timeProvider, stoppingToken));
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>The pause after <paramref name="failures"/> failed batches in a row: 100 ms doubling, at most <paramref name="cap"/>.</summary>
    internal static TimeSpan RecoveryDelay(int failures, TimeSpan cap)
    {
        var delay = TimeSpan.FromMilliseconds(100 * Math.Pow(2, Math.Min(failures - 1, 16)));
        return delay < cap ? delay : cap;
    }

    /// <summary>Claims and publishes one batch. Throws <see cref="TransportUnavailableException"/> after settling what it could.</summary>
    internal async Task<RelayRunResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var settings = Options;
        var published = new List<Guid>();
        TransportUnavailableException? unavailable = null;
        int claimed;
        await using (var store = await OutboxStore.BeginAsync(db, cancellationToken))
        {
            var batch = await store.ClaimAsync(settings.BatchSize, timeProvider.GetUtcNow(), cancellationToken);
            claimed = batch.Count;
            using var tracked = batch.Count == 0 ? null : drain?.Track($"outbox relay batch of {batch.Count} messages ({settings.ServiceName})");
            var heldBack = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                foreach (var message in batch.Select(c => c.Message))
                {
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
                        await RecordFailureAsync(store, batch.First(c => c.Message.Id == message.Id), ex, cancellationToken);
                        if (message.PartitionKey is { } failedKey)
                        {
                            heldBack.Add(failedKey);
                        }
                    }
                }
            }
            finally
            {
                // Settle even when stopping: what was confirmed is marked; the commit unlocks the rest at once.
                await store.CompleteAsync(published, timeProvider.GetUtcNow(), CancellationToken.None);
                if (cancellationToken.IsCancellationRequested && published.Count < batch.Count)
                {
                    drain?.ReportCutOff(
                        $"outbox relay batch ({settings.ServiceName}): {batch.Count - published.Count} of {batch.Count} messages left pending for the next relay");
                }
            }
        }

        if (published.Count > 0)
        {
            MessagingLog.Published(logger, Owner, published.Count);
        }

        await CleanupAsync(db, cancellationToken);
        return unavailable is null ? new RelayRunResult(claimed, published.Count) : throw unavailable;
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
        await store.MarkFailedAsync(claimed.Message.Id, attempts, error, next, deadLetter, cancellationToken);
        if (deadLetter)
        {
            MessagingLog.PublishDeadLettered(logger, claimed.Message.Id, claimed.Message.Type, attempts, error);
        }
        else
        {
            MessagingLog.PublishFailed(logger, exception, claimed.Message.Id, claimed.Message.Type, attempts, next);
        }
    }

    private async Task CleanupAsync(TDbContext db, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (now < _nextCleanup)
        {
            return;
        }

        _nextCleanup = now + TimeSpan.FromMinutes(1);
        await OutboxStore.DeletePublishedBeforeAsync(db, now - Options.PublishedRetention, cancellationToken);
    }
}
