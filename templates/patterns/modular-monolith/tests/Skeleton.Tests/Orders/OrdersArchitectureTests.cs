using System.Reflection;
using Skeleton.Modules.Orders;

namespace Skeleton.Tests.Orders;

public sealed class OrdersArchitectureTests
{
    [Fact]
    public void OrdersAssembly_ExposesOnlyItsModuleClass() =>
        Assert.Equal([typeof(OrdersModule)], typeof(OrdersModule).Assembly.GetExportedTypes());

    [Fact]
    public void OrdersAssembly_ReferencesCatalogContractsButNotCatalog()
    {
        var references = typeof(OrdersModule).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("Skeleton.Modules.Catalog.Contracts", references);
        Assert.DoesNotContain("Skeleton.Modules.Catalog", references);
    }

    [Fact]
    public void OrdersContracts_ReferenceNoModule() =>
        Assert.DoesNotContain(
            Assembly.Load("Skeleton.Modules.Orders.Contracts").GetReferencedAssemblies(),
            a => a.Name!.StartsWith("Skeleton.", StringComparison.Ordinal));
}
