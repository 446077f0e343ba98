namespace Rampart.Advisor;

/// <summary>The technology choices that follow from the same answers as the pattern.</summary>
/// <param name="Database">The primary database.</param>
/// <param name="Messaging">How events travel: in-process relay or a broker.</param>
/// <param name="Caching">The cache store.</param>
/// <param name="CacheLayers">The caching layers and their TTL advice.</param>
/// <param name="ApiStyles">The API styles to expose (REST always, GraphQL and SignalR when warranted).</param>
/// <param name="Auth">The authentication approach.</param>
/// <param name="BackgroundJobs">How background work runs.</param>
/// <param name="DataModel">One model for reads and writes, or CQRS.</param>
public sealed record TechnologyAdvice(
    TechnologyChoice Database,
    TechnologyChoice Messaging,
    TechnologyChoice Caching,
    IReadOnlyList<CacheLayer> CacheLayers,
    IReadOnlyList<TechnologyChoice> ApiStyles,
    TechnologyChoice Auth,
    TechnologyChoice BackgroundJobs,
    TechnologyChoice DataModel);
