using System.Globalization;
using Rampart.Scaffolding;
using Rampart.Scaffolding.Generation;
using Rampart.Scaffolding.Templates;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>
/// Which Shops the lane generates, builds and drives in one run. Every shipped pattern's Shop is generated and built
/// once, its own tests run, and it is served and driven through the whole contract (every row, the SignalR push, the
/// rate limit, the bad setting, the crash points). Brokers rotate across patterns so that each broker is driven
/// somewhere in every run without building every pattern twice:
/// <list type="bullet">
/// <item>pattern <c>i</c> (shipped patterns in name order) runs on broker <c>(i + rotation) mod 2</c> of
/// <c>inprocess, rabbitmq</c>;</item>
/// <item>a broker no pattern got (only when one pattern ships) is added to pattern <c>rotation mod patterns</c>, as a
/// second build;</item>
/// <item>the rotation is the UTC day number, so consecutive runs swap the brokers; <c>RAMPART_LANE_ROTATION=n</c>
/// pins it to reproduce a run.</item>
/// </list>
/// With modular-monolith and vertical-slice that is two builds a run, each pattern on both brokers over two days.
/// The cache rides with the broker, adding no build: a Shop on <c>rabbitmq</c> is generated with <c>--cache redis</c>
/// (every shared dependency at once, served as two instances to drive the shared rate limit and the SignalR backplane),
/// a Shop on <c>inprocess</c> with <c>--cache memory</c>; since every run has both brokers, it has both caches
/// (<see cref="CacheOf"/>).
/// </summary>
public static class ShopMatrix
{
    public const string RotationVariable = "RAMPART_LANE_ROTATION";

    /// <summary>The (pattern, broker) Shops of this run, as theory rows.</summary>
    public static TheoryData<string, string> Variants()
    {
        var rows = new TheoryData<string, string>();
        foreach (var (pattern, broker) in Plan(TemplateCatalog.Installed.Patterns, GenerationRequest.Brokers, Rotation()))
        {
            rows.Add(pattern, broker);
        }

        return rows;
    }

    /// <summary>The broker of this run's first Shop in <paramref name="pattern"/>, so a test of that pattern reuses its build.</summary>
    internal static string BrokerOf(string pattern) =>
        Plan(TemplateCatalog.Installed.Patterns, GenerationRequest.Brokers, Rotation()).First(entry => entry.Pattern == pattern).Broker;

    /// <summary>
    /// The API styles of the run's Shop in <paramref name="pattern"/>: GraphQL beside REST where the pattern's template
    /// serves it (driven by <c>GraphQLContract</c> after the REST rows, on the same build), REST elsewhere.
    /// </summary>
    internal static string ApiOf(string pattern) =>
        GraphQLPatterns.Contains(pattern, StringComparer.Ordinal) ? ProjectSettings.BothApis : ProjectSettings.RestApi;

    /// <summary>The patterns whose templates serve <c>--api both</c>; another joins when its template does.</summary>
    private static readonly string[] GraphQLPatterns = ["modular-monolith"];

    /// <summary>The cache of the run's Shop on <paramref name="broker"/>: Redis with RabbitMQ, memory in process.</summary>
    internal static string CacheOf(string broker) =>
        broker == "rabbitmq" ? ProjectSettings.RedisCache : ProjectSettings.MemoryCache;

    /// <summary>The matrix for <paramref name="patterns"/> and <paramref name="brokers"/> at <paramref name="rotation"/>.</summary>
    internal static IReadOnlyList<(string Pattern, string Broker)> Plan(IReadOnlyList<string> patterns, IReadOnlyList<string> brokers, int rotation)
    {
        var plan = patterns.Select((pattern, index) => (pattern, brokers[(index + rotation) % brokers.Count])).ToList();
        if (patterns.Count > 0)
        {
            var host = patterns[rotation % patterns.Count];
            plan.AddRange(brokers.Where(broker => plan.All(entry => entry.Item2 != broker)).Select(broker => (host, broker)));
        }

        return plan;
    }

    private static int Rotation() =>
        Environment.GetEnvironmentVariable(RotationVariable) is { Length: > 0 } pinned
            ? int.Parse(pinned, NumberStyles.None, CultureInfo.InvariantCulture)
            : DateOnly.FromDateTime(DateTime.UtcNow).DayNumber;
}
