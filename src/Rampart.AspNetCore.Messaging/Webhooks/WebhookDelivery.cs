namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>
/// One webhook to deliver, written by <see cref="IWebhookOutbox"/> into the application's DbContext, so it is committed
/// (or rolled back) with the change that caused it; the dispatcher posts it afterwards and records each attempt here.
/// </summary>
public sealed class WebhookDelivery
{
    /// <summary>The delivery id (UUIDv7), sent as <c>webhook-id</c> on every attempt; receivers deduplicate on it.</summary>
    public Guid Id { get; set; }

    /// <summary>The registered webhook (sender) name that says where and how to post it.</summary>
    public string Webhook { get; set; } = "";

    /// <summary>The event type, also the <c>type</c> field of the body.</summary>
    public string EventType { get; set; } = "";

    /// <summary>The exact JSON body posted, the same bytes on every attempt.</summary>
    public string Payload { get; set; } = "";

    /// <summary>Where the delivery is in its life.</summary>
    public WebhookDeliveryStatus Status { get; set; }

    /// <summary>Attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>When the delivery was enqueued.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not before this time is it tried (again).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>The last failure: the status code the receiver answered, or the error that stopped the call.</summary>
    public string? LastError { get; set; }

    /// <summary>When the receiver acknowledged it.</summary>
    public DateTimeOffset? DeliveredAt { get; set; }
}
