using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>Adds outbox messages to the scope's <typeparamref name="TDbContext"/>; SaveChanges commits them.</summary>
internal sealed class Outbox<TDbContext>(TDbContext dbContext, TimeProvider timeProvider, IOptions<MessagingJsonOptions> json, OutboxSignal<TDbContext> signal) : IOutbox<TDbContext>
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
            dbContext.SavedChanges += (_, _) => signal.Notify();
            _wakesRelay = true;
        }

        return message;
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
