namespace Skeleton.Tests.Architecture;

/// <summary>
/// The architecture of this service as a table: what may not use what, type by type. This is the one place to change
/// when the architecture changes; <see cref="ArchitectureTests"/> checks every row against the compiled service.
/// A feature is a folder under <c>Features/</c>, a slice a folder inside it (one use case); the feature's root holds
/// what its slices share (its entities, rules and errors, how its tables map, its registration).
/// </summary>
internal static class ArchitectureRules
{
    public static readonly IReadOnlyList<DependencyRule> All =
    [
        new("Skeleton.Shared.**", ["Skeleton.Features.**"], "Shared is the kernel every feature uses: it knows no feature."),
        new("Skeleton.Features.{name}.**", ["Skeleton.Features.**"], "A feature uses another only through that feature's Contracts (the events it publishes, the questions it answers) or through Shared.")
        {
            Unless = ["Skeleton.Features.{name}.**", "Skeleton.Features.*.Contracts.**"],
        },
        new("Skeleton.Features.*.{name}.**", ["Skeleton.Features.*.*.**"], "A slice does not use another slice: what two slices share moves to the feature's root, or to Shared once several features need it.")
        {
            Unless = ["Skeleton.Features.*.{name}.**", "Skeleton.Features.*.Contracts.**"],
            ExceptFrom = ["Skeleton.Features.*.Contracts.**"],
        },
        new("Skeleton.Features.*.Contracts.**", ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "RabbitMQ.Client", "Quartz", "Rampart", "Skeleton.Shared.**", "Skeleton.Features.**"], "Contracts are plain events and interfaces: another feature takes them without the tables and infrastructure behind them.")
        {
            Unless = ["Skeleton.Features.*.Contracts.**"],
        },
        new("Skeleton.**", ["Quartz"], "A scheduled job is a slice of its feature, run by the scheduler instead of a request: Quartz is used in slices only.")
        {
            ExceptFrom = ["Skeleton.Features.*.*.**"],
        },
    ];

    /// <summary>Folder names that group code by technical layer; a sliced service has none at any depth.</summary>
    public static readonly IReadOnlyList<string> LayerFolders = ["Controllers", "Services", "Repositories"];
}
