using Rampart.AspNetCore.Messaging.Outbox;

namespace Skeleton.Tests.Architecture.Planted.Application.Orders;

/// <summary>Planted: a use case that writes to the messaging block's outbox instead of the event publisher port.</summary>
internal sealed class UseCaseWritingTheOutbox(IOutbox outbox)
{
    public void Publish(Guid orderId) => outbox.Add(new Domain.Orders.Events.OrderRaised(orderId));
}
