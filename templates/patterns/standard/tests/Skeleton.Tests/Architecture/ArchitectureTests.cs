using System.Reflection;

namespace Skeleton.Tests.Architecture;

/// <summary>
/// The architecture table (<see cref="ArchitectureRules"/>) against the compiled service, type by type, and against the
/// violations planted under <c>Architecture/Planted</c>, which show that each row catches what it forbids.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Service = typeof(Program).Assembly;
    private static readonly string ServiceRoot = typeof(ArchitectureRules).Namespace!.Split('.')[0];
    private static readonly string DataNamespace = ServiceRoot + ".Data";
    private static readonly string PlantedRoot = typeof(ArchitectureRules).Namespace + ".Planted";

    [Fact]
    public void ServiceTypes_FollowTheArchitectureTable()
    {
        var report = ArchitectureCheck.Run([Service], ArchitectureRules.For(ServiceRoot, DataNamespace), ServiceRoot);

        Assert.Empty(report.Violations);
        Assert.Equal(report.Types.Count, report.Checked.Count); // no type of the service escapes the table
        Assert.Contains(typeof(Skeleton.Data.AppDbContext), report.Checked);
    }

    [Theory]
    [InlineData("Products.PlantedProductsController", "A controller whose resource has a service goes through it")]
    [InlineData("Products.PlantedProductService", "A service knows nothing of MVC or HTTP")]
    [InlineData("Products.PlantedProduct", "An entity knows no controller, service or infrastructure")]
    [InlineData("Orders.PlantedOrderService", "A resource uses another resource's entities, never its controller or service")]
    [InlineData("Products.CallsAController", "Nothing calls a controller")]
    public void PlantedViolation_IsReportedWithItsReason(string type, string reason)
    {
        var violations = PlantedReport().Violations;

        Assert.Contains(violations, v => v.StartsWith($"{PlantedRoot}.{type}: {reason}", StringComparison.Ordinal));
    }

    [Fact]
    public void PlantedAllowedUse_IsNotReported()
    {
        var violations = PlantedReport().Violations;

        // A controller of a resource without a service may use EF Core directly: a service would add nothing there.
        Assert.DoesNotContain(violations, v => v.Contains(".PlantedTagsController:", StringComparison.Ordinal));
        Assert.Equal(5, violations.Count);
    }

    private static ArchitectureReport PlantedReport() =>
        ArchitectureCheck.Run([typeof(ArchitectureTests).Assembly], ArchitectureRules.For(PlantedRoot, DataNamespace), PlantedRoot);
}
