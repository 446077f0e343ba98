namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>Where and how one named webhook is delivered. Validated at start-up.</summary>
public sealed class WebhookSenderOptions
{
    /// <summary>The receiver's absolute http or https URL. Required.</summary>
    public Uri? Url { get; set; }

    /// <summary>
    /// The signing secrets (<c>whsec_…</c>, see <see cref="WebhookSecret"/>); each delivery carries one signature per
    /// secret, so a receiver holding either the old or the new secret accepts it during a rotation. At least one.
    /// </summary>
    public IList<string> Secrets { get; } = [];

    /// <summary>Delivery attempts before a delivery is marked exhausted (each attempt is one resilient HTTP call). Defaults to 10.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Delay before the second attempt; doubled per attempt, with jitter. Defaults to 5 seconds.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest delay between two attempts. Defaults to 1 hour.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);
}
