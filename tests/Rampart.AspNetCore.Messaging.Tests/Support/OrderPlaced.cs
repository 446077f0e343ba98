namespace Rampart.AspNetCore.Messaging.Tests.Support;

[IntegrationEvent("tests.order_placed")]
public sealed record OrderPlaced(Guid OrderId, int Step);
