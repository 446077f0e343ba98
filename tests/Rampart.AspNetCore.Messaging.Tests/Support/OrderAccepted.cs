namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>The second module's answer to <see cref="OrderPlaced"/>, written to its own outbox by its consumer.</summary>
[IntegrationEvent("tests.order_accepted")]
public sealed record OrderAccepted(Guid OrderId);
