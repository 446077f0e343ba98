using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Messaging.Diagnostics;

namespace Rampart.AspNetCore.Messaging.Inbox;

/// <summary>
/// Delivers a message to a consumer inside one transaction on <typeparamref name="TDbContext"/>: the inbox row is
/// inserted first (a concurrent redelivery waits on it, then sees it), the handler runs, SaveChanges and commit.
/// A failure rolls everything back and is retried with backoff; after the last attempt the message is recorded
/// as dead-lettered with the reason.
/// </summary>
internal sealed class ConsumerPipeline<TDbContext>(
    IServiceScopeFactory scopeFactory,
    IOptionsMonitor<MessagingOptions> monitor,
    IOptions<MessagingJsonOptions> json,
    TimeProvider timeProvider,
    Outbox.OutboxSignal<TDbContext> outboxSignal,
    ILogger<ConsumerPipeline<TDbContext>> logger) : IConsumerPipeline
    where TDbContext : DbContext
{
    private MessagingOptions Options => monitor.Get(MessagingContext.NameOf<TDbContext>());

    public async Task<DeliveryOutcome> DeliverAsync(IntegrationMessage message, ConsumerRegistration consumer, CancellationToken cancellationToken)
    {
        var maxAttempts = Options.MaxDeliveryAttempts;
        string? lastError = null;
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            try
            {
                var duplicate = !await TryHandleAsync(message, consumer, attempt, cancellationToken);
                if (duplicate)
                {
                    MessagingLog.DuplicateSkipped(logger, message.Id, consumer.Name);
                    return new DeliveryOutcome(DeliveryOutcomeKind.Duplicate, attempt);
                }

                return new DeliveryOutcome(DeliveryOutcomeKind.Processed, attempt);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (DatabaseFaults.IsUnreachable(ex))
                {
                    MessagingLog.ConsumerDatabaseUnreachable(logger, ex, message.Id, consumer.Name);
                    return new DeliveryOutcome(DeliveryOutcomeKind.Unavailable, attempt, ex.Message);
                }

                lastError = $"{ex.GetType().Name}: {ex.Message}";
                MessagingLog.ConsumerFailed(logger, ex, message.Id, consumer.Name, attempt, maxAttempts);
                if (attempt < maxAttempts)
                {
                    await Task.Delay(Backoff.Delay(attempt, Options.DeliveryRetryBaseDelay, Options.RetryMaxDelay), timeProvider, cancellationToken);
                }
            }
        }

        try
        {
            await RecordDeadLetterAsync(message, consumer, maxAttempts, lastError!, cancellationToken);
        }
        catch (Exception ex) when (DatabaseFaults.IsUnreachable(ex))
        {
            return new DeliveryOutcome(DeliveryOutcomeKind.Unavailable, maxAttempts, ex.Message);
        }

        MessagingLog.ConsumerDeadLettered(logger, message.Id, consumer.Name, maxAttempts, lastError!);
        return new DeliveryOutcome(DeliveryOutcomeKind.DeadLettered, maxAttempts, lastError);
    }

    private async Task<bool> TryHandleAsync(IntegrationMessage message, ConsumerRegistration consumer, int attempt, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        using var activity = MessagingDiagnostics.StartConsume(message, consumer.Name);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await InboxTable.TryClaimAsync(db, message.Id, consumer.Name, message.Type, attempt, timeProvider.GetUtcNow(), cancellationToken);
        if (!claimed)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var context = new IntegrationEventContext(message, consumer.Name, attempt);
        await consumer.InvokeAsync(scope.ServiceProvider, message.Payload, json.Value.SerializerOptions, context, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Events the handler wrote to this DbContext's outbox are committed only now: wake its relay again, since
        // the wake-up at SaveChanges may have found them still uncommitted.
        outboxSignal.Notify();
        return true;
    }

    private async Task RecordDeadLetterAsync(IntegrationMessage message, ConsumerRegistration consumer, int attempts, string error, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var headers = System.Text.Json.JsonSerializer.Serialize(
            new Dictionary<string, string>(message.Headers, StringComparer.Ordinal), MessagingJsonContext.Default.DictionaryStringString);
#pragma warning disable EF1003 // Only the table name, read from the EF model and quoted, is concatenated; values are parameters.
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {InboxTable.Of(db)} (message_id, consumer, type, status, attempts, handled_at, error, payload, headers) " +
            "VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, CAST({7} AS jsonb), CAST({8} AS jsonb)) ON CONFLICT DO NOTHING",
            [message.Id, consumer.Name, message.Type, (int)InboxMessageStatus.DeadLettered, attempts, timeProvider.GetUtcNow(), error, message.Payload, headers],
            cancellationToken);
#pragma warning restore EF1003
    }
}
