using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Rampart.Benchmarks.Edge;

namespace Rampart.Benchmarks.Data;

/// <summary>
/// What the keyset extension does with its sort-key expression on every request (its text as the cursor's sort name,
/// compiled to read the last row's key), against a name and reader built once.
/// </summary>
public class CursorSortKeyBenchmarks
{
    private static readonly Expression<Func<Product, DateTimeOffset>> SortKey = e => e.CreatedAt;
    private static readonly Func<Product, DateTimeOffset> CachedReader = SortKey.Compile();
    private static readonly string CachedSort = $"{SortKey.Body}:desc";
    private readonly Product _last = Product.Sample(Guid.Parse("0196f0a4-7c2e-7d4b-8f3a-2b1c9d8e7f60"));

    [Benchmark(Baseline = true, Description = "sort name and key reader, cached")]
    public (string, DateTimeOffset) Cached() => (CachedSort, CachedReader(_last));

    [Benchmark(Description = "sort name and key reader, per request (today)")]
    public (string, DateTimeOffset) PerRequest()
    {
        var sort = $"{SortKey.Body}:{"desc"}";
        var reader = SortKey.Compile();
        return (sort, reader(_last));
    }
}
