using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;
using Skeleton.Shared.Database;

namespace Skeleton.Tests.Architecture;

/// <summary>
/// The dependency table (<see cref="ArchitectureRules"/>) against the compiled service, type by type, and against the
/// violations planted under <c>Architecture/Planted</c>, which show that each row catches what it forbids.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string ServiceRoot = typeof(ArchitectureRules).Namespace!.Split('.')[0];
    private static readonly string PlantedRoot = typeof(ArchitectureRules).Namespace + ".Planted";
    private static readonly Assembly Service = typeof(AppDbContext).Assembly;

    [Fact]
    public void ServiceTypes_FollowTheDependencyTable()
    {
        var report = ArchitectureCheck.Run([Service], ArchitectureRules.All, ServiceRoot);

        Assert.Empty(report.Violations);
        Assert.Equal(report.Types.Count, report.Checked.Count); // no type of the service escapes the table
        Assert.Contains(typeof(AppDbContext), report.Checked);
    }

    [Theory]
    [InlineData("Shared.KernelKnowsOrders", "Shared is the kernel")]
    [InlineData("Features.Orders.PlaceOrder.ReadsCatalogTables", "A feature uses another only through")]
    [InlineData("Features.Catalog.ReserveStock.UsesAnotherSlice", "A slice does not use another slice")]
    [InlineData("Features.Orders.Contracts.EventCarryingAContext", "Contracts are plain events and interfaces")]
#if RAMPART_JOBS_QUARTZ
    [InlineData("Shared.Jobs.SchedulesFromShared", "A scheduled job is a slice of its feature")]
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
        Assert.DoesNotContain(violations, v => v.Contains(".UsesTheFeatureModel:", StringComparison.Ordinal));
#if RAMPART_JOBS_QUARTZ
        Assert.Equal(5, violations.Count);
#else
        Assert.Equal(4, violations.Count);
#endif
    }

    [Fact]
    public void ServiceTypes_NoHorizontalLayerFolders()
    {
        Assert.Empty(InLayerFolders(Types.InAssembly(Service), ServiceRoot));
    }

    [Fact]
    public void PlantedLayerFolder_IsReported()
    {
        Assert.Equal([$"{PlantedRoot}.Features.Orders.Services.OrderService"], InLayerFolders(Types.InAssembly(typeof(ArchitectureTests).Assembly), PlantedRoot));
    }

    private static ArchitectureReport PlantedReport() =>
        ArchitectureCheck.Run([typeof(ArchitectureTests).Assembly], ArchitectureCheck.Rebase(ArchitectureRules.All, ServiceRoot, PlantedRoot), PlantedRoot);

    /// <summary>Types under <paramref name="root"/> in a namespace with a layer folder (<c>…Services…</c>) at any depth.</summary>
    private static List<string> InLayerFolders(Types types, string root)
    {
        var layer = $@"^{Regex.Escape(root)}(\.[^.]+)*\.({string.Join('|', ArchitectureRules.LayerFolders)})(\..+)?$";
        return [.. types.That().ResideInNamespaceMatching(layer).GetTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal)];
    }
}
