namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>How one named inbound webhook is verified. Validated at start-up.</summary>
public sealed class WebhookReceiverOptions
{
    /// <summary>The secrets a delivery may be signed with (<c>whsec_…</c>); a match with any one is accepted. At least one.</summary>
    public IList<string> Secrets { get; } = [];

    /// <summary>How far the <c>webhook-timestamp</c> may be from now, either way. Defaults to 5 minutes.</summary>
    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest body accepted; a larger one is answered 413 before it is read. Defaults to 256 KiB.</summary>
    public long MaxBodySize { get; set; } = 256 * 1024;
}
