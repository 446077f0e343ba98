
namespace Rampart.AspNetCore.Data.Caching;

/// <summary>
/// Cached reads of an entity registered with <c>AddCachedEntity</c>. What is cached is the caller's snapshot (a
/// response record, say, with the version in it so the ETag stays right), never the tracked entity. Every saved write
/// of the entity removes its entry and its lists after the commit, so callers only read. While the cache is unreachable
/// the loader answers. Concurrent misses of one key in one instance run the loader once.
/// </summary>
public interface IEntityCache
{
    /// <summary>The snapshot of <typeparamref name="TEntity"/> <paramref name="id"/> (<c>{module}:{entity}:{id}</c>), loaded on a miss.</summary>
    /// <remarks>A null answer (not found) is cached too, so a flood of misses reaches the database once.</remarks>
    ValueTask<T> GetOrLoadAsync<TEntity, T>(Guid id, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken = default)
        where TEntity : class;

    /// <summary>
    /// A list of <typeparamref name="TEntity"/> (a first page, say), named by <paramref name="variant"/> (<c>first-20</c>)
    /// under <c>{module}:{entity}:list</c>, loaded on a miss; any write of a <typeparamref name="TEntity"/>, creation
    /// included, drops every list at once.
    /// </summary>
    ValueTask<T> GetOrLoadListAsync<TEntity, T>(string variant, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken = default)
        where TEntity : class;

    /// <summary>
    /// <see cref="GetOrLoadAsync{TEntity, T}"/> by the names the entity was registered with, for a caller that must not
    /// see the persisted type (a hexagonal HTTP adapter caching over an inbound port, say).
    /// </summary>
    ValueTask<T> GetOrLoadAsync<T>(string module, string entity, Guid id, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken = default);

    /// <summary><see cref="GetOrLoadListAsync{TEntity, T}"/> by the names the entity was registered with.</summary>
    ValueTask<T> GetOrLoadListAsync<T>(string module, string entity, string variant, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken = default);
}
