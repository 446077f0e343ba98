namespace Skeleton.Tests.Architecture;

/// <summary>
/// The ports-and-adapters rules of this service as a table: what may not use what, type by type. This is the one place
/// to change when the architecture changes; <see cref="ArchitectureTests"/> checks every row against the compiled
/// projects. Catalog and Orders are folders (namespaces) in every project, so the rows can keep them apart too.
/// </summary>
internal static class ArchitectureRules
{
    public static readonly IReadOnlyList<DependencyRule> All =
    [
        new("Skeleton.Core.**", ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions", "Npgsql", "RabbitMQ.Client", "Rampart", "Skeleton.Adapters.**"],
            "The core references no framework and no adapter: it is plain C# that the adapters plug into."),
        new("Skeleton.Core.{name}.**", ["Skeleton.Core.**"], "A module of the core uses another only through that module's Contracts.")
        {
            Unless = ["Skeleton.Core.{name}.**", "Skeleton.Core.Common.**", "Skeleton.Core.*.Contracts.**"],
        },
        new("Skeleton.Core.*.Contracts.**", ["Skeleton.Core.**"], "Contracts are plain events and interfaces: another module takes them without the model behind them.")
        {
            Unless = ["Skeleton.Core.*.Contracts.**"],
        },
        new("Skeleton.Adapters.{name}.**", ["Skeleton.Adapters.**"], "Adapters do not know each other: only the composition root plugs them together.")
        {
            Unless = ["Skeleton.Adapters.{name}.**"],
            ExceptFrom = ["Skeleton.Adapters.Http.Composition.**"],
        },
        new("Skeleton.Adapters.*.{name}.**", ["Skeleton.Adapters.*.Catalog.**", "Skeleton.Adapters.*.Orders.**"], "Inside an adapter, one module's code does not use another's: they meet in the core's contracts.")
        {
            Unless = ["Skeleton.Adapters.*.{name}.**"],
            ExceptFrom = ["Skeleton.Adapters.Http.Composition.**"],
        },
        new("Skeleton.**", ["Skeleton.Adapters.Http.Composition.**"], "Only the host's Program uses the composition root: no adapter or core code reaches back into it.")
        {
            ExceptFrom = ["Skeleton.Adapters.Http.Composition.**"],
        },
        new("Skeleton.Adapters.Http.Composition.**", ["Microsoft.AspNetCore.Http.HttpResults", "Microsoft.AspNetCore.Mvc"], "The composition root plugs ports into adapters; it serves no request itself."),
        new("Skeleton.Adapters.Http.**", ["Microsoft.EntityFrameworkCore", "Npgsql", "RabbitMQ.Client"], "The HTTP adapter drives the core's ports; it never reaches for the database or the broker.")
        {
            ExceptFrom = ["Skeleton.Adapters.Http.Composition.**"],
        },
        new("Skeleton.**", ["Quartz", "Rampart.AspNetCore.Jobs"], "The scheduler is a driving adapter of its own: Quartz stays out of the core and out of every other adapter.")
        {
            ExceptFrom = ["Skeleton.Adapters.Scheduling.**"],
        },
    ];
}
