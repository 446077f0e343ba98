using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support;

/// <summary>A LINQ chain over an <c>IQueryable</c>, read from the outermost call down to its source.</summary>
internal sealed class QueryChain
{
    /// <summary>Methods that run a query against the database.</summary>
    public static readonly HashSet<string> ExecutingMethods = new(StringComparer.Ordinal)
    {
        "ToList", "ToListAsync", "ToArray", "ToArrayAsync", "ToDictionary", "ToDictionaryAsync", "ToHashSet", "ToHashSetAsync",
        "First", "FirstAsync", "FirstOrDefault", "FirstOrDefaultAsync", "Single", "SingleAsync", "SingleOrDefault", "SingleOrDefaultAsync",
        "Last", "LastAsync", "LastOrDefault", "LastOrDefaultAsync", "Any", "AnyAsync", "All", "AllAsync", "Count", "CountAsync",
        "LongCount", "LongCountAsync", "Sum", "SumAsync", "Min", "MinAsync", "Max", "MaxAsync", "Average", "AverageAsync",
        "Contains", "ContainsAsync", "ElementAt", "ElementAtAsync", "ElementAtOrDefault", "ElementAtOrDefaultAsync",
        "Load", "LoadAsync", "ForEachAsync", "ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync",
    };

    private QueryChain(IReadOnlyList<IInvocationOperation> calls, IOperation? root)
    {
        Calls = calls;
        Root = root;
    }

    /// <summary>The calls of the chain, outermost first.</summary>
    public IReadOnlyList<IInvocationOperation> Calls { get; }

    /// <summary>Where the chain starts: a DbSet, a local, a parameter…</summary>
    public IOperation? Root { get; }

    public bool Contains(Func<string, bool> predicate) => Calls.Any(c => predicate(c.TargetMethod.Name));

    public bool StartsAtDbSet(KnownSymbols symbols) =>
        Root is not null && (symbols.IsDbSet(Root.Type) ||
            Root is IInvocationOperation { TargetMethod.Name: "Set" } set && symbols.IsDbContext(set.TargetMethod.ContainingType));

    public static QueryChain Read(IOperation start, KnownSymbols symbols)
    {
        var calls = new List<IInvocationOperation>();
        var current = start.WalkDownConversions();
        while (current is IInvocationOperation invocation && invocation.GetInstance() is { } source &&
               (symbols.IsQueryable(source.WalkDownConversions().Type) || symbols.IsDbSet(source.WalkDownConversions().Type)))
        {
            calls.Add(invocation);
            current = source.WalkDownConversions();
        }

        return new QueryChain(calls, current);
    }
}
