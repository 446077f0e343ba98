namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

/// <summary>Parents with two children each, each child with a toy; <see cref="FetchLog"/> records every batch fetched.</summary>
public static class Family
{
    public static IReadOnlyList<Parent> Parents(int count) => [.. Enumerable.Range(1, count).Select(id => new Parent(id))];

    public static ILookup<int, Child> ChildrenOf(IReadOnlyList<int> parentIds) =>
        parentIds.SelectMany(p => new[] { new Child(p * 10, p, p % 3), new Child(p * 10 + 1, p, (p + 1) % 3) }).ToLookup(c => c.ParentId);

    public static IReadOnlyDictionary<int, Toy?> Toys(IReadOnlyList<int> toyIds) =>
        toyIds.Where(id => id != 2).ToDictionary(id => id, id => (Toy?)new Toy(id, "toy " + id));
}
