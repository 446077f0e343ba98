using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Data.Idempotency;

namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>Adds outbox messages to the scope's <typeparamref name="TDbContext"/>; SaveChanges commits them.</summary>
internal sealed class Outbox<TDbContext>(
    TDbContext dbContext, TimeProvider timeProvider, IOptions<MessagingJsonOptions> json, OutboxSignal<TDbContext> signal, IServiceProvider services)
    : IOutbox<TDbContext>
    where TDbContext : DbContext
{
    private bool _wakesRelay;

    public OutboxMessage Add<TEvent>(TEvent integrationEvent, string? partitionKey = null)
        where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var now = timeProvider.GetUtcNow();
        var message = new OutboxMessage
        {
            Id = MessageIds.Next(now),
            Type = IntegrationEventNames.For(integrationEvent.GetType()),
            PartitionKey = partitionKey,
            Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), json.Value.SerializerOptions),
            Headers = JsonSerializer.Serialize(CaptureHeaders(partitionKey), MessagingJsonContext.Default.DictionaryStringString),
            OccurredAt = now,
            NextAttemptAt = now,
            Status = OutboxMessageStatus.Pending,
        };
        dbContext.Set<OutboxMessage>().Add(message);
        if (!_wakesRelay)
        {
            dbContext.SavedChanges += (_, _) => WakeRelay();
            _wakesRelay = true;
        }

        return message;
    }

    // Saved inside an idempotent request's transaction, the messages are committed only with its response: wake the
    // relay then, or it would look before they are visible and sleep a whole poll interval.
    private void WakeRelay()
    {
        if (dbContext.Database.CurrentTransaction is not null && services.GetService<IRequestTransaction>() is { IsActive: true } request)
        {
            request.OnCommitted(signal.Notify);
        }
        else
        {
            signal.Notify();
        }
    }

    private static Dictionary<string, string> CaptureHeaders(string? partitionKey)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity)
        {
            headers[IntegrationMessageHeaders.TraceParent] = activity.Id!;
            if (activity.TraceStateString is { Length: > 0 } state)
            {
                headers[IntegrationMessageHeaders.TraceState] = state;
            }

            headers[IntegrationMessageHeaders.CorrelationId] = activity.GetBaggageItem(IntegrationMessageHeaders.CorrelationId)
                ?? activity.TraceId.ToHexString();
        }

        if (partitionKey is not null)
        {
            headers[IntegrationMessageHeaders.PartitionKey] = partitionKey;
        }

        return headers;
    }
}
