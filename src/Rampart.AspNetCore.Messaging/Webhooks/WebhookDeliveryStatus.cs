namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>Where a webhook delivery is in its life.</summary>
public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending = 0,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered = 1,

    /// <summary>Every attempt failed; the row stays, with the last error, until someone looks at it.</summary>
    Exhausted = 2,
}
