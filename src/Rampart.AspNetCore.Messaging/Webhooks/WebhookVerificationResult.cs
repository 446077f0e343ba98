namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>What <see cref="WebhookSigner.Verify"/> found.</summary>
public enum WebhookVerificationResult
{
    /// <summary>One of the signatures matches one of the secrets, within the tolerance window.</summary>
    Valid,

    /// <summary>The id, timestamp or signature header is missing or empty.</summary>
    MissingHeaders,

    /// <summary>The timestamp is not a whole number of seconds since the Unix epoch.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp lies outside the tolerance window (too old, or too far in the future).</summary>
    StaleTimestamp,

    /// <summary>No signature matches any configured secret for this id, timestamp and body.</summary>
    BadSignature,
}
