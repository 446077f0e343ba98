using Skeleton.Tests.Architecture.Planted.Domain.Orders.Events;

namespace Skeleton.Tests.Architecture.Planted.Application.Catalog.ReserveStock;

/// <summary>Planted, allowed: Catalog reacts to an event Orders raises.</summary>
internal sealed class ReactsToOrderEvents
{
    public List<Guid> Seen { get; } = [];

    public void Handle(OrderRaised raised) => Seen.Add(raised.OrderId);
}
