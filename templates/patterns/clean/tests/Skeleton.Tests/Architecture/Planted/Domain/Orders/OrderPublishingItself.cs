using Rampart.AspNetCore.Messaging.Outbox;

namespace Skeleton.Tests.Architecture.Planted.Domain.Orders;

/// <summary>Planted: an aggregate that writes its own events to the outbox instead of raising them.</summary>
internal sealed class OrderPublishingItself(IOutbox outbox)
{
    public void Place() => outbox.Add(new Events.OrderRaised(Guid.CreateVersion7()));
}
