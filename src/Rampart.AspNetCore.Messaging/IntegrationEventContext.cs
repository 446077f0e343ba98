namespace Rampart.AspNetCore.Messaging;

/// <summary>What a handler knows about the message it is handling, besides the event itself.</summary>
public sealed class IntegrationEventContext
{
    internal IntegrationEventContext(IntegrationMessage message, string consumer, int attempt)
    {
        MessageId = message.Id;
        EventType = message.Type;
        OccurredAt = message.OccurredAt;
        PartitionKey = message.PartitionKey;
        CorrelationId = message.Headers.GetValueOrDefault(IntegrationMessageHeaders.CorrelationId);
        Consumer = consumer;
        Attempt = attempt;
    }

    /// <summary>The message id (UUIDv7), the same on every delivery of the message.</summary>
    public Guid MessageId { get; }

    /// <summary>The event type name as published.</summary>
    public string EventType { get; }

    /// <summary>When the change that raised the event happened.</summary>
    public DateTimeOffset OccurredAt { get; }

    /// <summary>The ordering key (usually the aggregate id), or null when the event is unordered.</summary>
    public string? PartitionKey { get; }

    /// <summary>The correlation id carried from the request that raised the event, if any.</summary>
    public string? CorrelationId { get; }

    /// <summary>The consumer (group) handling the message.</summary>
    public string Consumer { get; }

    /// <summary>1 on the first attempt, then 2, 3… while retried.</summary>
    public int Attempt { get; }
}
