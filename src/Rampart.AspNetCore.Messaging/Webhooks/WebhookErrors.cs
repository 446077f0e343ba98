namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>Problem codes an inbound webhook endpoint answers with.</summary>
public static class WebhookErrors
{
    /// <summary>400: <c>webhook-id</c>, <c>webhook-timestamp</c> or <c>webhook-signature</c> is missing.</summary>
    public const string HeadersMissing = "webhook.headers_missing";

    /// <summary>400: <c>webhook-timestamp</c> is not whole seconds since the Unix epoch.</summary>
    public const string TimestampInvalid = "webhook.timestamp_invalid";

    /// <summary>400: <c>webhook-timestamp</c> is outside the tolerance window (an old delivery replayed, or a bad clock).</summary>
    public const string TimestampStale = "webhook.timestamp_stale";

    /// <summary>401: no signature matches a configured secret.</summary>
    public const string SignatureInvalid = "webhook.signature_invalid";

    /// <summary>413: the body is larger than the receiver accepts.</summary>
    public const string TooLarge = "webhook.too_large";

    /// <summary>503: the handler ran but its work could not be committed; nothing was kept, so the sender's retry is processed.</summary>
    public const string NotCommitted = "webhook.not_committed";
}
