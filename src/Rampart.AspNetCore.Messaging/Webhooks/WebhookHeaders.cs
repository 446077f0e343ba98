namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>
/// The headers of a signed webhook, as the Standard Webhooks specification names them, so receivers built on other
/// stacks (Svix, the specification's own libraries) verify our deliveries without custom code.
/// </summary>
public static class WebhookHeaders
{
    /// <summary>The delivery id: the same on every retry of one delivery; receivers deduplicate on it.</summary>
    public const string Id = "webhook-id";

    /// <summary>When the delivery was signed, in whole seconds since the Unix epoch.</summary>
    public const string Timestamp = "webhook-timestamp";

    /// <summary>Space-separated signatures, each <c>v1,</c> followed by the base64 HMAC-SHA256 of <c>{id}.{timestamp}.{body}</c>.</summary>
    public const string Signature = "webhook-signature";

    /// <summary>Set to <c>true</c> on the answer to a delivery the receiver had already processed.</summary>
    public const string Duplicate = "Webhook-Duplicate";
}
