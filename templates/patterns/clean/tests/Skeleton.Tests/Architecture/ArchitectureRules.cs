namespace Skeleton.Tests.Architecture;

/// <summary>
/// The architecture of this service as a table: what may not use what, type by type. This is the one place to change
/// when the architecture changes; <see cref="ArchitectureTests"/> checks every row against the compiled projects.
/// The layers point inwards (Api → Application → Domain, Infrastructure → Application); Catalog and Orders are
/// folders in every layer, and meet only through the events they raise and the contracts they offer.
/// </summary>
internal static class ArchitectureRules
{
    public static readonly IReadOnlyList<DependencyRule> All =
    [
        new("Skeleton.Domain.**", ["Skeleton.Application.**", "Skeleton.Infrastructure.**", "Skeleton.Api.**", "Microsoft", "Npgsql", "RabbitMQ.Client", "Rampart"], "The domain is the core: it uses the .NET base class library only, no framework, no package and no outer layer."),
        new("Skeleton.Application.**", ["Skeleton.Infrastructure.**", "Skeleton.Api.**", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "RabbitMQ.Client", "Rampart"], "The application uses the domain and declares ports: no EF Core, ASP.NET Core or messaging, and no outer layer; the infrastructure implements the ports."),
        new("Skeleton.Infrastructure.**", ["Skeleton.Api.**"], "The infrastructure implements the application's ports and knows nothing of the web layer."),
        new("Skeleton.Api.**", ["Skeleton.Infrastructure.**"], "Endpoints reach data only through use cases; the infrastructure enters the web layer through AddInfrastructure alone."),
        new("Skeleton.*.Catalog.**", ["Skeleton.*.Orders.**"], "Catalog uses Orders only through the events Orders raises (Domain/Orders/Events).")
        {
            Unless = ["Skeleton.Domain.Orders.Events.**"],
        },
        new("Skeleton.*.Orders.**", ["Skeleton.*.Catalog.**"], "Orders uses Catalog only through the events Catalog raises and the questions it answers (Domain/Catalog/Events, Application/Catalog/Contracts).")
        {
            Unless = ["Skeleton.Domain.Catalog.Events.**", "Skeleton.Application.Catalog.Contracts.**"],
        },
        new("Skeleton.Application.*.{name}.**", ["Skeleton.Application.*.*.**"], "A use case does not use another use case: what two of them share moves to the module's root (its ports and DTOs).")
        {
            Unless = ["Skeleton.Application.*.{name}.**", "Skeleton.Application.*.Contracts.**"],
            ExceptFrom = ["Skeleton.Application.*.Contracts.**"],
        },
        new("Skeleton.**", ["Quartz", "Rampart.AspNetCore.Jobs"], "The scheduler is an adapter: Quartz is used in the infrastructure only, where a job turns a firing into a use case's command.")
        {
            ExceptFrom = ["Skeleton.Infrastructure.**"],
        },
    ];

    /// <summary>The assemblies each inner project may reference: the base class library, and the layers below it.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> References = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["Skeleton.Domain"] = ["System", "netstandard", "mscorlib"],
        ["Skeleton.Application"] = ["System", "netstandard", "mscorlib", "Skeleton.Domain"],
    };
}
