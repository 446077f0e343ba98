namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>The webhook senders and receivers registered in this service, by name.</summary>
internal sealed class WebhookRegistry
{
    public HashSet<string> Senders { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Type> Receivers { get; } = new(StringComparer.Ordinal);
}
