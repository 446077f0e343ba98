using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Messaging.Diagnostics;

/// <summary>Log messages of the messaging building block (event ids 2000–2099).</summary>
internal static partial class MessagingLog
{
    [LoggerMessage(2000, LogLevel.Debug, "Relay {Relay} published {Count} outbox messages")]
    public static partial void Published(ILogger logger, string relay, int count);

    [LoggerMessage(2001, LogLevel.Warning, "Publishing outbox message {MessageId} ({Type}) failed on attempt {Attempt}; next attempt at {NextAttemptAt}")]
    public static partial void PublishFailed(ILogger logger, Exception exception, Guid messageId, string type, int attempt, DateTimeOffset nextAttemptAt);

    [LoggerMessage(2002, LogLevel.Error, "Outbox message {MessageId} ({Type}) dead-lettered after {Attempts} attempts: {Reason}")]
    public static partial void PublishDeadLettered(ILogger logger, Guid messageId, string type, int attempts, string reason);

    [LoggerMessage(2003, LogLevel.Warning, "The transport is unavailable; relay {Relay} retries in {Delay}")]
    public static partial void TransportUnavailable(ILogger logger, Exception exception, string relay, TimeSpan delay);

    [LoggerMessage(2004, LogLevel.Warning, "Relay {Relay} failed to read or update the outbox; retrying in {Delay}")]
    public static partial void RelayFailed(ILogger logger, Exception exception, string relay, TimeSpan delay);

    [LoggerMessage(2010, LogLevel.Debug, "Message {MessageId} already handled by consumer {Consumer}; skipped")]
    public static partial void DuplicateSkipped(ILogger logger, Guid messageId, string consumer);

    [LoggerMessage(2011, LogLevel.Warning, "Consumer {Consumer} failed on message {MessageId}, attempt {Attempt} of {MaxAttempts}")]
    public static partial void ConsumerFailed(ILogger logger, Exception exception, Guid messageId, string consumer, int attempt, int maxAttempts);

    [LoggerMessage(2012, LogLevel.Error, "Consumer {Consumer} dead-lettered message {MessageId} after {Attempts} attempts: {Reason}")]
    public static partial void ConsumerDeadLettered(ILogger logger, Guid messageId, string consumer, int attempts, string reason);

    [LoggerMessage(2013, LogLevel.Warning, "Consumer {Consumer} cannot reach its database for message {MessageId}; it will be delivered again")]
    public static partial void ConsumerDatabaseUnreachable(ILogger logger, Exception exception, Guid messageId, string consumer);

    [LoggerMessage(2020, LogLevel.Warning, "RabbitMQ is unreachable; retrying in {Delay}")]
    public static partial void BrokerUnreachable(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(2021, LogLevel.Information, "Consuming queue {Queue} for {EventType}")]
    public static partial void Consuming(ILogger logger, string queue, string eventType);

    [LoggerMessage(2023, LogLevel.Error, "Delivering message {MessageId} from queue {Queue} failed outside the handler; it is returned to the queue")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, Guid messageId, string queue);

    [LoggerMessage(2022, LogLevel.Error, "Rejected an unreadable message on queue {Queue}: {Reason}")]
    public static partial void UnreadableMessage(ILogger logger, string queue, string reason);
}
