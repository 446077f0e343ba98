namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>
/// Marks an endpoint as the receiver of the webhook registered with <c>AddRampartWebhookReceiver</c> under
/// <see cref="Name"/>: <c>UseRampartWebhooks()</c> verifies its signature and timestamp, and runs the handler at most
/// once per delivery id. Put it on a controller action (or controller); minimal APIs use
/// <c>.RequireWebhookSignature(name)</c>, which adds this same metadata.
/// </summary>
/// <param name="name">The receiver's registered name.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
public sealed class WebhookSignatureAttribute(string name) : Attribute
{
    /// <summary>The receiver's registered name.</summary>
    public string Name { get; } = name;
}
