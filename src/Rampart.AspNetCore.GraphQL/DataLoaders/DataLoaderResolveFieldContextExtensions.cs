using GraphQL;
using GraphQL.DataLoader;
using Rampart.AspNetCore.GraphQL.Http;

namespace Rampart.AspNetCore.GraphQL.DataLoaders;

/// <summary>
/// DataLoaders for resolvers: the cure for N+1. A field under a list asks for its key; the loader fetches every key of
/// that level in one call (one SQL statement per level, not one per parent) and traces each batch. Loaders live for
/// one request and are named: use one name per fetch, such as <c>"orderItems"</c>.
/// </summary>
public static class DataLoaderResolveFieldContextExtensions
{
    /// <summary>
    /// One value per key (a parent's product, an order's customer). <paramref name="fetch"/> gets every key the level
    /// asked for and returns the values it found; a key it did not return resolves to <c>default</c> (null).
    /// </summary>
    public static IDataLoaderResult<TValue?> LoadOne<TKey, TValue>(
        this IResolveFieldContext context,
        string loader,
        TKey key,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue?>>> fetch)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(loader);
        ArgumentNullException.ThrowIfNull(fetch);
        return LoaderOf(context, loader, () => new BatchLoader<TKey, TValue?>(loader, fetch, default)).Load(key);
    }

    /// <summary>
    /// Many values per key (an order's items). <paramref name="fetch"/> gets every key the level asked for and returns
    /// the values grouped by key; a key with no group resolves to an empty list.
    /// </summary>
    public static IDataLoaderResult<IEnumerable<TValue>> LoadMany<TKey, TValue>(
        this IResolveFieldContext context,
        string loader,
        TKey key,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(loader);
        ArgumentNullException.ThrowIfNull(fetch);
        return LoaderOf(context, loader, () => new BatchLoader<TKey, IEnumerable<TValue>>(
                loader,
                async (keys, cancellationToken) =>
                {
                    var groups = await fetch(keys, cancellationToken);
                    return groups.ToDictionary(group => group.Key, group => (IEnumerable<TValue>)[.. group]);
                },
                []))
            .Load(key);
    }

    private static BatchLoader<TKey, TValue> LoaderOf<TKey, TValue>(IResolveFieldContext context, string name, Func<BatchLoader<TKey, TValue>> create)
        where TKey : notnull
    {
        var loaders = (context.UserContext as GraphQLUserContext)?.Loaders
            ?? throw new InvalidOperationException("DataLoaders need the request served by MapRampartGraphQL, which scopes them to the request.");
        var loader = loaders.GetOrAdd(name, _ => create());
        return loader as BatchLoader<TKey, TValue>
            ?? throw new InvalidOperationException($"The DataLoader '{name}' is already used with other key or value types; give each fetch a name of its own.");
    }
}
