namespace Rampart.Scaffolding.Generation;

/// <summary>What <c>rampart new</c> was asked to generate.</summary>
/// <param name="Name">The solution name; becomes the root namespace and project prefix.</param>
/// <param name="OutputDirectory">The folder to generate into (absolute).</param>
/// <param name="Pattern">The pattern, or null to let Rampart choose (see <see cref="Templates.TemplateCatalog.ChoosePattern"/>).</param>
/// <param name="Example">The example to generate, or <c>none</c> for a clean skeleton.</param>
/// <param name="Broker">The message broker: <c>inprocess</c> or <c>rabbitmq</c>.</param>
/// <param name="DryRun">When true, nothing is written; the result lists what would be.</param>
/// <param name="Force">When true, a non-empty output folder is accepted and same-named files in it are replaced.</param>
/// <param name="Jobs">Scheduled jobs: <c>none</c>, or <c>quartz</c> for Quartz.NET with its clustered store on the service's PostgreSQL.</param>
/// <param name="Cache">Where the state instances share lives: <c>memory</c> (per process) or <c>redis</c> (rate limits, cache and SignalR across instances).</param>
/// <param name="Api">The API styles served: <c>rest</c>, <c>graphql</c> or <c>both</c> (GraphQL beside REST).</param>
public sealed record GenerationRequest(string Name, string OutputDirectory, string? Pattern, string Example, string Broker, bool DryRun, bool Force, string Jobs = GenerationRequest.NoJobs, string Cache = ProjectSettings.MemoryCache, string Api = ProjectSettings.RestApi)
{
    /// <summary>API styles a generated service can serve: REST only, GraphQL only, or GraphQL beside REST.</summary>
    public static IReadOnlyList<string> Apis { get; } = [ProjectSettings.RestApi, ProjectSettings.GraphQLApi, ProjectSettings.BothApis];

    /// <summary>Caches a generated service can use: per process, or shared on Redis.</summary>
    public static IReadOnlyList<string> Caches { get; } = [ProjectSettings.MemoryCache, ProjectSettings.RedisCache];

    /// <summary>The value of <see cref="Jobs"/> without a scheduler.</summary>
    public const string NoJobs = "none";

    /// <summary>The value of <see cref="Jobs"/> with the Quartz.NET scheduler (the jobs building block).</summary>
    public const string QuartzJobs = "quartz";

    /// <summary>Brokers a generated service can use.</summary>
    public static IReadOnlyList<string> Brokers { get; } = ["inprocess", "rabbitmq"];

    /// <summary>The value of <see cref="Example"/> for a clean skeleton.</summary>
    public const string NoExample = "none";
}
