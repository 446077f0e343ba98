using GraphQL.DataLoader;
using Rampart.AspNetCore.GraphQL.Diagnostics;

namespace Rampart.AspNetCore.GraphQL.DataLoaders;

/// <summary>
/// Collects the keys a level of the query asks for and fetches them in one call. GraphQL.NET's execution strategy
/// resolves every field of a level before it awaits any <see cref="IDataLoaderResult"/>, so the first await dispatches
/// the whole level's keys; keys asked for after that go to the next batch. A key is fetched once per request.
/// </summary>
internal sealed class BatchLoader<TKey, TValue>(
    string name,
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly TValue _missing = missing;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Batch> _batchOf = [];
    private Batch _open = new();

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_batchOf.TryGetValue(key, out var batch))
            {
                batch = _open;
                batch.Keys.Add(key);
                _batchOf[key] = batch;
            }

            return new Pending(this, batch, key);
        }
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> DispatchAsync(Batch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (batch.Fetch is null)
            {
                if (ReferenceEquals(batch, _open))
                {
                    _open = new Batch();
                }

                batch.Fetch = FetchAsync(batch.Keys, cancellationToken);
            }

            return batch.Fetch;
        }
    }

    private async Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(List<TKey> keys, CancellationToken cancellationToken)
    {
        await Task.Yield();
        using var activity = GraphQLDiagnostics.StartBatch(name, keys.Count);
        try
        {
            return await fetch(keys, cancellationToken);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
    }

    private sealed class Batch
    {
        public List<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>>? Fetch { get; set; }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await loader.DispatchAsync(batch, cancellationToken);
            return values.TryGetValue(key, out var value) ? value : loader._missing;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
