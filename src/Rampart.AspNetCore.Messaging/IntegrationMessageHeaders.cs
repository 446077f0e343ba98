namespace Rampart.AspNetCore.Messaging;

/// <summary>Names of the headers every integration message carries.</summary>
public static class IntegrationMessageHeaders
{
    /// <summary>W3C trace context of the change that raised the event.</summary>
    public const string TraceParent = "traceparent";

    /// <summary>W3C vendor trace state that goes with <see cref="TraceParent"/>.</summary>
    public const string TraceState = "tracestate";

    /// <summary>Correlation id of the request that raised the event.</summary>
    public const string CorrelationId = "correlation-id";

    /// <summary>The ordering key of the message (usually the aggregate id).</summary>
    public const string PartitionKey = "partition-key";

    /// <summary>On a dead-lettered message: why it was dead-lettered (the last error).</summary>
    public const string DeadLetterReason = "x-rampart-dead-letter-reason";

    /// <summary>On a dead-lettered message: the consumer that gave up on it.</summary>
    public const string DeadLetterConsumer = "x-rampart-dead-letter-consumer";

    /// <summary>On a dead-lettered message: how many attempts were made.</summary>
    public const string DeadLetterAttempts = "x-rampart-dead-letter-attempts";
}
