using Skeleton.Tests.Architecture.Planted.Adapters.Http.Composition;

namespace Skeleton.Tests.Architecture.Planted.Adapters.Http.Orders;

/// <summary>Planted: an endpoint using the composition root's wiring.</summary>
internal sealed class ReachesIntoTheCompositionRoot(PlugsPersistenceIn wiring)
{
    public PlugsPersistenceIn Wiring { get; } = wiring;
}
