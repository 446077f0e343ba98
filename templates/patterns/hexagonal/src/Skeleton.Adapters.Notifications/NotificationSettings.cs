namespace Skeleton.Adapters.Notifications;

/// <summary>
/// <c>Notifications:Webhook</c>: where order confirmations are posted. Without a <see cref="Url"/> they are only logged;
/// with one, <see cref="Secrets"/> (<c>whsec_…</c>) is required and checked at start-up.
/// </summary>
public sealed class NotificationSettings
{
    public const string Section = "Notifications:Webhook";

    /// <summary>The receiver's URL; empty means no webhook (notifications are logged).</summary>
    public Uri? Url { get; set; }

    /// <summary>The signing secrets; the receiver holds one of them.</summary>
    public IList<string> Secrets { get; } = [];
}
