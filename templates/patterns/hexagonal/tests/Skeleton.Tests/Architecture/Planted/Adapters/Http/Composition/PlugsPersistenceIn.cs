using Skeleton.Tests.Architecture.Planted.Adapters.Persistence.Orders;

namespace Skeleton.Tests.Architecture.Planted.Adapters.Http.Composition;

/// <summary>Planted, allowed: the composition root knows every adapter.</summary>
internal sealed class PlugsPersistenceIn(OrderTable table)
{
    public OrderTable Table { get; } = table;
}
