namespace Rampart.AspNetCore.Data.Caching;

/// <summary>The entity types registered with <c>AddCachedEntity</c>: what the cache names and the interceptor invalidates.</summary>
internal sealed class CachedEntities
{
    private readonly Dictionary<Type, CachedEntity> _byType;

    public CachedEntities(IEnumerable<CachedEntity> entities)
    {
        _byType = [];
        foreach (var entity in entities)
        {
            if (_byType.TryGetValue(entity.EntityType, out var existing) && existing != entity)
            {
                throw new InvalidOperationException(
                    $"{entity.EntityType.Name} is cached twice, as {existing.Module}:{existing.Entity} and {entity.Module}:{entity.Entity}: register it once.");
            }

            _byType[entity.EntityType] = entity;
        }
    }

    public bool IsEmpty => _byType.Count == 0;

    public CachedEntity For<TEntity>() => _byType.TryGetValue(typeof(TEntity), out var entity)
        ? entity
        : throw new InvalidOperationException(
            $"{typeof(TEntity).Name} is not a cached entity: call services.AddCachedEntity<{typeof(TEntity).Name}>(module, entity) where its module registers its services.");

    public CachedEntity? Find(Type entityType) => _byType.GetValueOrDefault(entityType);

    public CachedEntity For(string module, string entity) =>
        _byType.Values.FirstOrDefault(e => e.Module == module && e.Entity == entity)
        ?? throw new InvalidOperationException(
            $"No cached entity is registered as {module}:{entity}: call services.AddCachedEntity<TEntity>(\"{module}\", \"{entity}\") where its module registers its services.");
}
