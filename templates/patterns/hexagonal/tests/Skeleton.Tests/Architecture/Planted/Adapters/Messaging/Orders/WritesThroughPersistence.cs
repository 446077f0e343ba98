using Skeleton.Tests.Architecture.Planted.Adapters.Persistence.Orders;

namespace Skeleton.Tests.Architecture.Planted.Adapters.Messaging.Orders;

/// <summary>Planted: one adapter using another's code.</summary>
internal sealed class WritesThroughPersistence(OrderTable table)
{
    public OrderTable Table { get; } = table;
}
