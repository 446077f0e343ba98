using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Data.Caching;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Cached entity reads on HybridCache, invalidated by every saved write.</summary>
public static class CachingServiceCollectionExtensions
{
    /// <summary>
    /// Adds HybridCache and <see cref="IEntityCache"/>, with <see cref="RampartCachingOptions"/> bound from
    /// <c>Rampart:Caching</c> and validated at start. In memory by default; when <c>AddRampartRedis</c> registers Redis
    /// as the distributed cache, entries are shared by every instance. DbContexts that call <c>UseRampartData</c>
    /// remove the entries of the entities registered with <see cref="AddCachedEntity{TEntity}"/> after each committed
    /// write.
    /// </summary>
    public static IServiceCollection AddRampartCaching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddRampartOptions<RampartCachingOptions>(RampartCachingOptions.SectionName);
        services.AddHybridCache();
        services.AddOptions<HybridCacheOptions>().Configure<IOptions<RampartCachingOptions>>((hybrid, rampart) =>
        {
            hybrid.MaximumPayloadBytes = rampart.Value.MaximumPayloadBytes;
            hybrid.DefaultEntryOptions = new HybridCacheEntryOptions { Expiration = rampart.Value.Expiration };
        });
        services.TryAddSingleton<CachedEntities>();
        services.TryAddSingleton<EntityCache>();
        services.TryAddSingleton<IEntityCache>(provider => provider.GetRequiredService<EntityCache>());
        services.TryAddSingleton<CacheInvalidationInterceptor>();
        services.TryAddSingleton<CommittedTransactionInterceptor>();
        return services;
    }

    /// <summary>
    /// Caches <typeparamref name="TEntity"/> under <c>{module}:{entity}:{id}</c> (lists under <c>{module}:{entity}:list</c>),
    /// e.g. <c>AddCachedEntity&lt;Product&gt;("catalog", "product")</c>, and removes its entries on every committed write.
    /// The entity's primary key must be one <see cref="Guid"/> (Rampart's convention). Call it where the module registers
    /// its services.
    /// </summary>
    public static IServiceCollection AddCachedEntity<TEntity>(this IServiceCollection services, string module, string entity)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(services);
        CacheKey.CheckName(module, nameof(module));
        CacheKey.CheckName(entity, nameof(entity));
        services.AddSingleton(new CachedEntity(typeof(TEntity), module, entity));
        return services;
    }
}
