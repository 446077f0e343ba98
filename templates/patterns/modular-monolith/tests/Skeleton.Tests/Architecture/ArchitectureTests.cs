using System.Reflection;

namespace Skeleton.Tests.Architecture;

/// <summary>
/// The dependency table (<see cref="ArchitectureRules"/>) against the compiled service, type by type, and against the
/// violations planted under <c>Architecture/Planted</c>, which show that each row catches what it forbids.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string ServiceRoot = typeof(ArchitectureRules).Namespace!.Split('.')[0];
    private static readonly string PlantedRoot = typeof(ArchitectureRules).Namespace + ".Planted";

    [Fact]
    public void ServiceTypes_FollowTheDependencyTable()
    {
        var report = ArchitectureCheck.Run(ServiceAssemblies(), ArchitectureRules.All, ServiceRoot);

        Assert.Empty(report.Violations);
        Assert.Equal(report.Types.Count, report.Checked.Count); // no type of the service escapes the table
        Assert.Contains(typeof(SharedKernel.IModule), report.Checked);
    }

    [Theory]
    [InlineData("Modules.Orders.Features.PlaceOrder.ReadsCatalogTables", "A module uses another only through")]
    [InlineData("Modules.Catalog.Features.ReserveStock.ReadsOrderBook", "A module uses another only through")]
    [InlineData("Modules.Catalog.Features.ReserveStock.UsesTheHost", "Nothing depends on the composition root")]
    [InlineData("Modules.Orders.Contracts.EventCarryingAContext", "Contracts are plain events and interfaces")]
    [InlineData("Modules.Orders.Orders.OrderThatSavesItself", "The domain model")]
    [InlineData("SharedKernel.KernelKnowsOrders", "The shared kernel knows no module")]
#if RAMPART_JOBS_QUARTZ
    [InlineData("Modules.Orders.Messaging.SchedulesFromMessaging", "A scheduled job is a use case of its module")]
#endif
    public void PlantedViolation_IsReportedWithItsReason(string type, string reason)
    {
        var violations = PlantedReport().Violations;

        Assert.Contains(violations, v => v.StartsWith($"{PlantedRoot}.{type}: {reason}", StringComparison.Ordinal));
    }

    [Fact]
    public void PlantedAllowedUse_IsNotReported()
    {
        var violations = PlantedReport().Violations;

        Assert.DoesNotContain(violations, v => v.Contains(".AsksCatalogContracts:", StringComparison.Ordinal));
#if RAMPART_JOBS_QUARTZ
        Assert.Equal(7, violations.Count);
#else
        Assert.Equal(6, violations.Count);
#endif
    }

    [Fact]
    public void ModuleAssemblies_ExposeOnlyTheirModuleClassAndRequestBodies()
    {
        // Every module is found by its IModule class, so one added later is held to this without a line here. Request
        // bodies are public only so .NET's validation source generator checks their attributes at the gate; no other
        // module can use them, because the table lets modules use only each other's Contracts. Migrations are public
        // because dotnet ef writes them so; nothing calls them but EF Core's migrator.
        var modules = ServiceAssemblies().SelectMany(a => a.GetExportedTypes()).Where(t => t.IsClass && typeof(SharedKernel.IModule).IsAssignableFrom(t));

        Assert.All(modules, module =>
        {
            var exposed = module.Assembly.GetExportedTypes().Where(t => t != module && !typeof(Microsoft.EntityFrameworkCore.Migrations.Migration).IsAssignableFrom(t));
            Assert.All(exposed, type =>
            {
                Assert.EndsWith("Request", type.Name, StringComparison.Ordinal);
                Assert.Contains(".Features.", type.Namespace, StringComparison.Ordinal);
                Assert.True(type.IsSealed && type.IsClass, $"{type} should be a sealed class.");
            });
        });
    }

    private static ArchitectureReport PlantedReport() =>
        ArchitectureCheck.Run([typeof(ArchitectureTests).Assembly], ArchitectureCheck.Rebase(ArchitectureRules.All, ServiceRoot, PlantedRoot), PlantedRoot);

    /// <summary>Every assembly of this service next to the tests (the tests' own aside).</summary>
    private static List<Assembly> ServiceAssemblies() =>
        [.. Directory.EnumerateFiles(AppContext.BaseDirectory, ServiceRoot + ".*.dll")
            .Where(path => !Path.GetFileNameWithoutExtension(path).EndsWith(".Tests", StringComparison.Ordinal))
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)))];
}
