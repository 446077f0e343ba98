namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

/// <summary>The batches the loaders fetched in one host: the loader's name and the keys it got.</summary>
public sealed class FetchLog
{
    private readonly Lock _lock = new();
    private readonly List<(string Loader, int[] Keys)> _fetches = [];

    public void Add(string loader, IEnumerable<int> keys)
    {
        lock (_lock)
        {
            _fetches.Add((loader, [.. keys]));
        }
    }

    public IReadOnlyList<(string Loader, int[] Keys)> Snapshot()
    {
        lock (_lock)
        {
            return [.. _fetches];
        }
    }
}
