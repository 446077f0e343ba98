namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

/// <summary>An endless tree: every node has two children, so a query can nest as deep and as wide as a test needs.</summary>
public sealed record TreeNode(string Name)
{
    public static TreeNode Root { get; } = new("root");

    public IReadOnlyList<TreeNode> Children => [new(Name + ".0"), new(Name + ".1")];
}
