using System.Reflection;
using Skeleton.Api.Identity;
using Skeleton.Application.Common;
using Skeleton.Domain.Common;
using Skeleton.Infrastructure.Persistence;

namespace Skeleton.Tests.Architecture;

/// <summary>
/// The dependency table (<see cref="ArchitectureRules"/>) against the compiled layers, type by type and reference by
/// reference, and against the violations planted under <c>Architecture/Planted</c>, which show that each row catches
/// what it forbids.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string ServiceRoot = typeof(ArchitectureRules).Namespace!.Split('.')[0];
    private static readonly string PlantedRoot = typeof(ArchitectureRules).Namespace + ".Planted";
    private static readonly Assembly[] Layers =
        [typeof(Entity).Assembly, typeof(IUnitOfWork).Assembly, typeof(AppDbContext).Assembly, typeof(IdentityEndpoints).Assembly];

    [Fact]
    public void ServiceTypes_FollowTheDependencyTable()
    {
        var report = ArchitectureCheck.Run(Layers, ArchitectureRules.All, ServiceRoot);

        Assert.Empty(report.Violations);
        Assert.Equal(report.Types.Count, report.Checked.Count); // no type of the service escapes the table
        Assert.Contains(typeof(Entity), report.Checked);
        Assert.Contains(typeof(AppDbContext), report.Checked);
    }

    [Theory]
    [InlineData("Domain.Catalog.ProductMappingItself", "The domain is the core")]
    [InlineData("Domain.Orders.OrderAnsweringHttp", "The domain is the core")]
#if RAMPART_EXAMPLE_SHOP
    [InlineData("Domain.Orders.OrderPublishingItself", "The domain is the core")]
#endif
    [InlineData("Application.Catalog.UseCaseQueryingEfCore", "The application uses the domain and declares ports")]
    [InlineData("Application.Catalog.UseCaseReadingHttpContext", "The application uses the domain and declares ports")]
#if RAMPART_EXAMPLE_SHOP
    [InlineData("Application.Orders.UseCaseWritingTheOutbox", "The application uses the domain and declares ports")]
#endif
    [InlineData("Infrastructure.Catalog.RepositoryCallingAnEndpoint", "The infrastructure implements the application's ports")]
    [InlineData("Api.Catalog.EndpointReadingTheDatabase", "Endpoints reach data only through use cases")]
    [InlineData("Application.Catalog.ReserveStock.ReadsOrdersRepository", "Catalog uses Orders only through")]
    [InlineData("Application.Orders.PlaceOrder.ReadsCatalogRepository", "Orders uses Catalog only through")]
    [InlineData("Application.Catalog.ReserveStock.CallsAnotherUseCase", "A use case does not use another use case")]
#if RAMPART_JOBS_QUARTZ
    [InlineData("Domain.Orders.OrderScheduledItself", "The scheduler is an adapter")]
    [InlineData("Application.Orders.UseCaseScheduledByQuartz", "The scheduler is an adapter")]
    [InlineData("Api.Orders.EndpointSchedulingJobs", "The scheduler is an adapter")]
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

        Assert.DoesNotContain(violations, v => v.Contains(".ReactsToOrderEvents:", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains(".AsksCatalogContracts:", StringComparison.Ordinal));
#if RAMPART_EXAMPLE_SHOP
        var planted = 11; // two of them use the messaging block, which only the Shop references
#else
        var planted = 9;
#endif
#if RAMPART_JOBS_QUARTZ
        planted += 3; // the Quartz row's three, one per ring that may not use the scheduler
#endif
        Assert.True(violations.Count == planted, string.Join("\n", violations));
    }

    [Theory]
    [InlineData("Skeleton.Domain")]
    [InlineData("Skeleton.Application")]
    public void InnerProject_ReferencesOnlyTheBaseClassLibraryAndTheLayersBelow(string project)
    {
        var assembly = Layers.Single(a => a.GetName().Name == project);

        Assert.Empty(ForbiddenReferences(assembly, ArchitectureRules.References[project]));
    }

    [Fact]
    public void PlantedReference_IsReported()
    {
        // This test project references EF Core and ASP.NET Core: held to the domain's allowance, the check names them.
        var forbidden = ForbiddenReferences(typeof(ArchitectureTests).Assembly, ArchitectureRules.References["Skeleton.Domain"]);

        Assert.Contains("Microsoft.EntityFrameworkCore", forbidden);
        Assert.Contains("Microsoft.AspNetCore.Mvc.Testing", forbidden);
    }

    private static ArchitectureReport PlantedReport() =>
        ArchitectureCheck.Run([typeof(ArchitectureTests).Assembly], ArchitectureCheck.Rebase(ArchitectureRules.All, ServiceRoot, PlantedRoot), PlantedRoot);

    /// <summary>The assemblies <paramref name="assembly"/> references that are neither an allowed one nor under one (<c>System.*</c>).</summary>
    private static List<string> ForbiddenReferences(Assembly assembly, IReadOnlyList<string> allowed) =>
    [
        .. assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => !allowed.Any(a => name == a || name.StartsWith(a + ".", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal),
    ];
}
