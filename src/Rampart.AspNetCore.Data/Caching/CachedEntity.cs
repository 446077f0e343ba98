namespace Rampart.AspNetCore.Data.Caching;

/// <summary>An entity type whose reads are cached, with the module and entity names of its keys.</summary>
internal sealed record CachedEntity(Type EntityType, string Module, string Entity)
{
    public CacheKey KeyOf(Guid id) => CacheKey.ForEntity(Module, Entity, id);

    public CacheKey ListKey => CacheKey.ForList(Module, Entity);
}
