using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Data.Caching;

/// <summary>
/// <see cref="IEntityCache"/> on HybridCache. With a shared tier (Redis) each instance keeps no copy of its own unless
/// <see cref="RampartCachingOptions.LocalExpiration"/> allows one, because another instance's write cannot clear it.
/// A cache fault never fails a read: the loader answers, and a removal that failed is retried before the key is read
/// from the cache again (until then this instance reads that key from the database).
/// </summary>
internal sealed class EntityCache : IEntityCache
{
    private readonly HybridCache _cache;
    private readonly CachedEntities _entities;
    private readonly HybridCacheEntryOptions _entryOptions;
    private readonly ILogger<EntityCache> _logger;
    private readonly ConcurrentDictionary<string, byte> _failedRemovals = new(StringComparer.Ordinal);
    private int _down;

    public EntityCache(HybridCache cache, CachedEntities entities, IOptions<RampartCachingOptions> options, IServiceProvider services, ILogger<EntityCache> logger)
    {
        _cache = cache;
        _entities = entities;
        _logger = logger;
        var settings = options.Value;
        IsShared = services.GetService<IDistributedCache>() is { } distributed and not MemoryDistributedCache;
        _entryOptions = !IsShared
            ? new HybridCacheEntryOptions { Expiration = settings.Expiration, LocalCacheExpiration = settings.Expiration }
            : settings.LocalExpiration > TimeSpan.Zero
                ? new HybridCacheEntryOptions { Expiration = settings.Expiration, LocalCacheExpiration = settings.LocalExpiration }
                : new HybridCacheEntryOptions { Expiration = settings.Expiration, Flags = HybridCacheEntryFlags.DisableLocalCache };
    }

    /// <summary>True when entries live in a shared tier (Redis) rather than in this process only.</summary>
    public bool IsShared { get; }

    public ValueTask<T> GetOrLoadAsync<TEntity, T>(Guid id, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken = default)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(load);
        return GetOrLoadCoreAsync(_entities.For<TEntity>().KeyOf(id).Value, load, cancellationToken);
    }

    public ValueTask<T> GetOrLoadListAsync<TEntity, T>(string variant, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken = default)
        where TEntity : class =>
        GetOrLoadListCoreAsync(_entities.For<TEntity>(), variant, load, cancellationToken);

    public ValueTask<T> GetOrLoadAsync<T>(string module, string entity, Guid id, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        return GetOrLoadCoreAsync(_entities.For(module, entity).KeyOf(id).Value, load, cancellationToken);
    }

    public ValueTask<T> GetOrLoadListAsync<T>(string module, string entity, string variant, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken = default) =>
        GetOrLoadListCoreAsync(_entities.For(module, entity), variant, load, cancellationToken);

    private async ValueTask<T> GetOrLoadListCoreAsync<T>(CachedEntity cached, string variant, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        CacheKey.CheckName(variant, nameof(variant));
        var lists = cached.ListKey.Value;

        // The list key holds a generation, and each list is stored under it: a write removes the one key, so every list
        // is gone on every instance at once. (HybridCache's tags would not do: an instance reads a tag's invalidation
        // time from the shared tier once and keeps it, so it would not see another instance's later invalidation.)
        var generation = await GetOrLoadCoreAsync<string?>(lists, static _ => Task.FromResult<string?>(Guid.CreateVersion7().ToString("N")), cancellationToken);
        return generation is null
            ? await load(cancellationToken)
            : await GetOrLoadCoreAsync($"{lists}:{generation}:{variant}", load, cancellationToken);
    }

    /// <summary>Removes entries after a committed write; a removal that fails is remembered and retried.</summary>
    public async Task RemoveAsync(IReadOnlyCollection<string> keys)
    {
        foreach (var key in keys)
        {
            try
            {
                // Not the request's token: the write is committed, and its entries must go whether the client waits or not.
                await _cache.RemoveAsync(key, CancellationToken.None);
                Recovered();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _failedRemovals[key] = 0;
                Faulted(exception);
            }
        }
    }

    private async ValueTask<T> GetOrLoadCoreAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        if (!await RetryFailedRemovalsAsync() && _failedRemovals.ContainsKey(key))
        {
            return await load(cancellationToken);
        }

        // HybridCache runs one loader for concurrent misses of a key: the first caller's, which reads through that
        // caller's scoped DbContext. Were that caller let go when its request is cancelled, its scope would end and its
        // pooled context be leased by another request while the loader still ran on it for the callers that joined.
        // So a caller that got this far waits for the load it started or joined (the database's command timeout bounds
        // it); a request cancelled before it asks is refused here.
        cancellationToken.ThrowIfCancellationRequested();
        var attempt = new LoadAttempt<T>(load);
        try
        {
            var value = await _cache.GetOrCreateAsync(key, attempt, static (state, token) => state.RunAsync(token), _entryOptions, null, CancellationToken.None);
            Recovered();
            return value;
        }
        catch (Exception exception) when (!attempt.Failed && exception is not OperationCanceledException)
        {
            // The cache failed, not the loader: answer from the database.
            Faulted(exception);
            return attempt.Ran ? attempt.Value! : await load(cancellationToken);
        }
    }

    private async ValueTask<bool> RetryFailedRemovalsAsync()
    {
        if (_failedRemovals.IsEmpty)
        {
            return true;
        }

        foreach (var key in _failedRemovals.Keys)
        {
            try
            {
                await _cache.RemoveAsync(key, CancellationToken.None);
                _failedRemovals.TryRemove(key, out _);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Faulted(exception);
                return false;
            }
        }

        return true;
    }

    private void Faulted(Exception exception)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            CachingLog.CacheUnavailable(_logger, exception);
        }
    }

    private void Recovered()
    {
        if (Volatile.Read(ref _down) == 1 && Interlocked.Exchange(ref _down, 0) == 1)
        {
            CachingLog.CacheAvailable(_logger);
        }
    }

    // Tells a loader's own failure (which the caller must see) from the cache's (which the caller must not), and keeps a
    // value the loader produced before the cache failed to store it, so the database is not asked twice.
    private sealed class LoadAttempt<T>(Func<CancellationToken, Task<T>> load)
    {
        public bool Failed { get; private set; }

        public bool Ran { get; private set; }

        public T? Value { get; private set; }

        public async ValueTask<T> RunAsync(CancellationToken cancellationToken)
        {
            try
            {
                Value = await load(cancellationToken);
                Ran = true;
                return Value;
            }
            catch
            {
                Failed = true;
                throw;
            }
        }
    }
}
