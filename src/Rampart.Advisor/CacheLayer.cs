namespace Rampart.Advisor;

/// <summary>One caching layer and how long its entries should live.</summary>
/// <param name="Layer">The layer: <c>application</c>, <c>database</c> or <c>cdn</c>.</param>
/// <param name="Use">What to cache there.</param>
/// <param name="Ttl">The time-to-live advice.</param>
public sealed record CacheLayer(string Layer, string Use, string Ttl);
