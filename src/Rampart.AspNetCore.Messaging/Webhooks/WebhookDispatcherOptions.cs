namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>How the webhook dispatcher polls the delivery table. Validated at start-up.</summary>
public sealed class WebhookDispatcherOptions
{
    /// <summary>Whether this instance posts deliveries. Defaults to true; any number of instances may.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long the dispatcher waits before looking again when nothing was due. Defaults to 1 second.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Deliveries claimed, and posted concurrently, at a time. Defaults to 20.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long delivered rows stay before the dispatcher deletes them; exhausted rows stay. Defaults to 7 days.</summary>
    public TimeSpan DeliveredRetention { get; set; } = TimeSpan.FromDays(7);
}
