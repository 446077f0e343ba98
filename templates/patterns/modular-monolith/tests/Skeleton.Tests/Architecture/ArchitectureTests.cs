namespace Skeleton.Tests.Architecture;

public sealed class ArchitectureTests
{
    [Fact]
    public void CompiledAssemblies_FollowTheDependencyTable()
    {
        var references = CompiledAssemblies.ReferencesOf(AppContext.BaseDirectory, "Skeleton.");

        Assert.Contains("Skeleton.Host", references.Keys);
        Assert.Contains("Skeleton.SharedKernel", references.Keys);
#if RAMPART_EXAMPLE_SHOP
        Assert.Contains("Skeleton.Modules.Identity", references.Keys);
        Assert.Contains("Skeleton.Modules.Catalog", references.Keys);
        Assert.Contains("Skeleton.Modules.Catalog.Contracts", references.Keys);
#endif
        Assert.Empty(DependencyRules.Violations(references));
    }
#if RAMPART_EXAMPLE_SHOP

    [Theory]
    [InlineData(typeof(Skeleton.Modules.Identity.IdentityModule))]
    [InlineData(typeof(Skeleton.Modules.Catalog.CatalogModule))]
    public void ModuleAssembly_ExposesOnlyItsModuleClassAndRequestBodies(Type module)
    {
        // Request bodies are public only so .NET's validation source generator checks their attributes at the gate; no
        // other module can use them, because module assemblies may reference only each other's Contracts.
        var exposed = module.Assembly.GetExportedTypes().Where(t => t != module);

        Assert.All(exposed, type =>
        {
            Assert.EndsWith("Request", type.Name, StringComparison.Ordinal);
            Assert.Contains(".Features.", type.Namespace, StringComparison.Ordinal);
            Assert.True(type.IsSealed && type.IsClass, $"{type} should be a sealed class.");
        });
    }
#endif

    [Theory]
    [InlineData("Skeleton.Modules.Orders", "Skeleton.Modules.Catalog")]
    [InlineData("Skeleton.Modules.Orders.Contracts", "Skeleton.Modules.Orders")]
    [InlineData("Skeleton.SharedKernel", "Skeleton.Modules.Orders")]
    [InlineData("Skeleton.Modules.Orders", "Skeleton.Host")]
    [InlineData("Skeleton.Modules.Catalog", "Skeleton.Modules.Orders")]
    [InlineData("Skeleton.Modules.Catalog.Contracts", "Skeleton.Modules.Catalog")]
    [InlineData("Skeleton.Modules.Catalog", "Skeleton.Modules.Identity")]
    public void Violations_ForbiddenReference_IsReported(string assembly, string reference)
    {
        var violations = DependencyRules.Violations(new Dictionary<string, IReadOnlyList<string>> { [assembly] = [reference] });

        Assert.Single(violations);
    }

    [Theory]
    [InlineData("Skeleton.Modules.Orders", "Skeleton.Modules.Catalog.Contracts")]
    [InlineData("Skeleton.Modules.Orders", "Skeleton.SharedKernel")]
    [InlineData("Skeleton.Host", "Skeleton.Modules.Orders")]
    [InlineData("Skeleton.Modules.Catalog", "Skeleton.Modules.Orders.Contracts")]
    [InlineData("Skeleton.Host", "Skeleton.Modules.Catalog")]
    public void Violations_AllowedReference_IsNotReported(string assembly, string reference)
    {
        var violations = DependencyRules.Violations(new Dictionary<string, IReadOnlyList<string>> { [assembly] = [reference] });

        Assert.Empty(violations);
    }
}
