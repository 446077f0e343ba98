using System.Reflection;
using Skeleton.Adapters.Http.Composition;
using Skeleton.Adapters.Persistence;
#if RAMPART_EXAMPLE_SHOP
using Skeleton.Adapters.Messaging;
using Skeleton.Adapters.Notifications;
#endif
#if RAMPART_JOBS_QUARTZ
using Skeleton.Adapters.Scheduling;
#endif
using Skeleton.Core.Common;

namespace Skeleton.Tests.Architecture;

/// <summary>
/// The dependency table (<see cref="ArchitectureRules"/>) against every compiled project of the service, and against
/// the violations planted under <c>Architecture/Planted</c>, which show that each row catches what it forbids.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string ServiceRoot = typeof(ArchitectureRules).Namespace!.Split('.')[0];
    private static readonly string PlantedRoot = typeof(ArchitectureRules).Namespace + ".Planted";

    private static readonly Assembly[] Service =
    [
        typeof(Result).Assembly,
        typeof(PersistenceAdapter).Assembly,
#if RAMPART_EXAMPLE_SHOP
        typeof(MessagingAdapter).Assembly,
        typeof(NotificationsAdapter).Assembly,
#endif
#if RAMPART_JOBS_QUARTZ
        typeof(SchedulingAdapter).Assembly,
#endif
        typeof(AdapterComposition).Assembly,
    ];

    [Fact]
    public void ServiceTypes_FollowTheDependencyTable()
    {
        var report = ArchitectureCheck.Run(Service, ArchitectureRules.All, ServiceRoot);

        Assert.Empty(report.Violations);
        Assert.Equal(report.Types.Count, report.Checked.Count); // no type of the service escapes the table
        Assert.Contains(typeof(AppDbContext), report.Checked);
    }

    [Fact]
    public void Core_ReferencesNoAssemblyButTheBaseLibrary()
    {
        var core = typeof(Result).Assembly;
        // Under coverage (dotnet test) coverlet injects its tracker, built against .NET Standard, into the core: that
        // reference to netstandard, the base library's facade, is coverlet's, not the core's (docs/adr/0172).
        var instrumented = core.GetTypes().Any(t => t.Namespace == "Coverlet.Core.Instrumentation.Tracker");
        var references = core.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => !(instrumented && name == "netstandard"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal), $"the core references {name}"));
    }

    [Theory]
    [InlineData("Core.Orders.ReadsTheDatabase", "The core references no framework")]
    [InlineData("Core.Orders.UsesCatalogInternals", "A module of the core uses another only through")]
    [InlineData("Core.Orders.Contracts.EventCarryingTheModel", "Contracts are plain events")]
    [InlineData("Adapters.Messaging.Orders.WritesThroughPersistence", "Adapters do not know each other")]
    [InlineData("Adapters.Http.Orders.UsesCatalogRoutes", "Inside an adapter, one module")]
    [InlineData("Adapters.Http.Catalog.QueriesTheDatabase", "The HTTP adapter drives the core")]
    [InlineData("Adapters.Http.Orders.ReachesIntoTheCompositionRoot", "Only the host's Program uses the composition root")]
    [InlineData("Adapters.Http.Composition.AnswersARequest", "The composition root plugs ports into adapters")]
#if RAMPART_JOBS_QUARTZ
    [InlineData("Core.Orders.UseCaseScheduledByQuartz", "The scheduler is a driving adapter of its own")]
    [InlineData("Adapters.Persistence.Orders.RepositoryScheduling", "The scheduler is a driving adapter of its own")]
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
        Assert.DoesNotContain(violations, v => v.Contains(".PlugsPersistenceIn:", StringComparison.Ordinal));
#if RAMPART_JOBS_QUARTZ
        Assert.Equal(10, violations.Count);
#else
        Assert.Equal(8, violations.Count);
#endif
    }

    private static ArchitectureReport PlantedReport() =>
        ArchitectureCheck.Run([typeof(ArchitectureTests).Assembly], ArchitectureCheck.Rebase(ArchitectureRules.All, ServiceRoot, PlantedRoot), PlantedRoot);
}
