namespace Skeleton.Tests.Architecture;

/// <summary>
/// The architecture of this service as a table: what may not use what, type by type. This is the one place to change
/// when the architecture changes; <see cref="ArchitectureTests"/> checks every row against the compiled service.
/// </summary>
internal static class ArchitectureRules
{
    private static readonly string[] Infrastructure =
    [
        "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "RabbitMQ.Client", "Rampart.AspNetCore.Messaging",
        "Quartz", "Rampart.AspNetCore.Jobs",
    ];

    public static readonly IReadOnlyList<DependencyRule> All =
    [
        new("Skeleton.**", ["Skeleton.Host.**"], "Nothing depends on the composition root.")
        {
            ExceptFrom = ["Skeleton.Host.**"],
        },
        new("Skeleton.Host.**", ["Skeleton.Modules.**"], "The host composes modules through their module class and Contracts only.")
        {
            Unless = ["Skeleton.Modules.*", "Skeleton.Modules.*.Contracts.**"],
        },
        new("Skeleton.SharedKernel.**", ["Skeleton.Modules.**"], "The shared kernel knows no module."),
        new("Skeleton.Modules.{module}.**", ["Skeleton.Modules.**"], "A module uses another only through that module's Contracts: its integration events and query interfaces.")
        {
            Unless = ["Skeleton.Modules.{module}.**", "Skeleton.Modules.*.Contracts.**"],
        },
        new("Skeleton.Modules.*.Contracts.**", ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "RabbitMQ.Client", "Quartz", "Rampart"], "Contracts are plain events and interfaces: another module takes them without the infrastructure behind them."),
#if RAMPART_API_GRAPHQL
        // A module's GraphQL folder is an edge like its REST endpoints: it calls the module's slices, as they do.
        new("Skeleton.Modules.{module}.**", [.. Infrastructure, "Skeleton.Modules.{module}.Database.**", "Skeleton.Modules.{module}.Features.**", "Skeleton.Modules.{module}.Messaging.**", "Skeleton.Modules.{module}.GraphQL.**"], "The domain model (a module's folders beside Features, Database, Messaging and GraphQL) knows no slice, no edge and no infrastructure.")
        {
            ExceptFrom = ["Skeleton.Modules.*", "Skeleton.Modules.*.Features.**", "Skeleton.Modules.*.Database.**", "Skeleton.Modules.*.Messaging.**", "Skeleton.Modules.*.Contracts.**", "Skeleton.Modules.*.GraphQL.**"],
        },
#else
        new("Skeleton.Modules.{module}.**", [.. Infrastructure, "Skeleton.Modules.{module}.Database.**", "Skeleton.Modules.{module}.Features.**", "Skeleton.Modules.{module}.Messaging.**"], "The domain model (a module's folders beside Features, Database and Messaging) knows no slice and no infrastructure.")
        {
            ExceptFrom = ["Skeleton.Modules.*", "Skeleton.Modules.*.Features.**", "Skeleton.Modules.*.Database.**", "Skeleton.Modules.*.Messaging.**", "Skeleton.Modules.*.Contracts.**"],
        },
#endif
        new("Skeleton.**", ["Quartz"], "A scheduled job is a use case of its module: Quartz is used in a module's Features and the host's wiring only.")
        {
            ExceptFrom = ["Skeleton.Host.**", "Skeleton.Modules.*.Features.**"],
        },
    ];
}
