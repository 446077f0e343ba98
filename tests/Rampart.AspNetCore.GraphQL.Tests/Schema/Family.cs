using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.GraphQL.DataLoaders;

namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

public sealed record Parent(int Id);

public sealed record Child(int Id, int ParentId, int ToyId);

public sealed record Toy(int Id, string Name);

/// <summary>Parents with two children each, each child with a toy; <see cref="FetchLog"/> records every batch fetched.</summary>
public static class Family
{
    public static IReadOnlyList<Parent> Parents(int count) => [.. Enumerable.Range(1, count).Select(id => new Parent(id))];

    public static ILookup<int, Child> ChildrenOf(IReadOnlyList<int> parentIds) =>
        parentIds.SelectMany(p => new[] { new Child(p * 10, p, p % 3), new Child(p * 10 + 1, p, (p + 1) % 3) }).ToLookup(c => c.ParentId);

    public static IReadOnlyDictionary<int, Toy?> Toys(IReadOnlyList<int> toyIds) =>
        toyIds.Where(id => id != 2).ToDictionary(id => id, id => (Toy?)new Toy(id, "toy " + id));
}

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

public sealed class ParentType : ObjectGraphType<Parent>
{
    public ParentType()
    {
        Name = "Parent";
        Field(parent => parent.Id);
        Field<ListGraphType<ChildType>>("children").Resolve(context => context.LoadMany<int, Child>("children", context.Source.Id, (ids, _) =>
        {
            context.RequestServices!.GetRequiredService<FetchLog>().Add("children", ids);
            return Task.FromResult(Family.ChildrenOf(ids));
        }));
    }
}

public sealed class ChildType : ObjectGraphType<Child>
{
    public ChildType()
    {
        Name = "Child";
        Field(child => child.Id);
        Field<ToyType>("toy").Resolve(context => context.LoadOne<int, Toy>("toys", context.Source.ToyId, (ids, _) =>
        {
            context.RequestServices!.GetRequiredService<FetchLog>().Add("toys", ids);
            return Task.FromResult(Family.Toys(ids));
        }));
    }
}

public sealed class ToyType : ObjectGraphType<Toy>
{
    public ToyType()
    {
        Name = "Toy";
        Field(toy => toy.Id);
        Field(toy => toy.Name);
    }
}
