namespace Skeleton.Infrastructure.Messaging;

/// <summary>The consumers' log messages.</summary>
internal static partial class ConsumerLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "{EventType} {MessageId} changed nothing in {Consumer}: {Code}, {Detail}")]
    public static partial void Ignored(ILogger logger, string eventType, Guid messageId, string consumer, string code, string detail);
}
