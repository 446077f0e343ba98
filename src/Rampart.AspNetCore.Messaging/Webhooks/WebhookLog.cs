using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>Log messages of the webhook building block (event ids 2100–2149).</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(2100, LogLevel.Debug, "Webhook {Webhook} delivery {DeliveryId} ({EventType}) delivered on attempt {Attempt}")]
    public static partial void Delivered(ILogger logger, string webhook, Guid deliveryId, string eventType, int attempt);

    [LoggerMessage(2101, LogLevel.Warning, "Webhook {Webhook} delivery {DeliveryId} ({EventType}) failed on attempt {Attempt}: {Reason}; next attempt at {NextAttemptAt}")]
    public static partial void DeliveryFailed(ILogger logger, string webhook, Guid deliveryId, string eventType, int attempt, string reason, DateTimeOffset nextAttemptAt);

    [LoggerMessage(2102, LogLevel.Error, "Webhook {Webhook} delivery {DeliveryId} ({EventType}) exhausted after {Attempts} attempts: {Reason}; it stays in the delivery table")]
    public static partial void DeliveryExhausted(ILogger logger, string webhook, Guid deliveryId, string eventType, int attempts, string reason);

    [LoggerMessage(2103, LogLevel.Warning, "The webhook dispatcher failed to read or update its deliveries; retrying in {Delay}")]
    public static partial void DispatcherFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(2110, LogLevel.Warning, "Inbound webhook {Webhook} refused: {Outcome}")]
    public static partial void Refused(ILogger logger, string webhook, WebhookVerificationResult outcome);

    [LoggerMessage(2111, LogLevel.Information, "Inbound webhook {Webhook} delivery {DeliveryId} was already processed; acknowledged without running the handler")]
    public static partial void DuplicateAcknowledged(ILogger logger, string webhook, string deliveryId);
}
