namespace Skeleton.Tests.Architecture;

/// <summary>
/// One row of the dependency table: types in namespaces matching <see cref="From"/> (and no <see cref="ExceptFrom"/>)
/// must not use types in namespaces matching <see cref="To"/>, unless the used namespace matches <see cref="Unless"/>.
/// A pattern names namespaces: <c>*</c> is one segment, <c>**</c> any number of segments (none too), and <c>{name}</c>
/// one segment that stands for the same feature (or slice) everywhere in the row. A <see cref="To"/> entry outside this service
/// (<c>Microsoft.EntityFrameworkCore</c>) names that namespace and everything under it.
/// </summary>
internal sealed record DependencyRule(string From, IReadOnlyList<string> To, string Reason)
{
    /// <summary>Used namespaces that stay allowed although they match <see cref="To"/>.</summary>
    public IReadOnlyList<string> Unless { get; init; } = [];

    /// <summary>Namespaces matching <see cref="From"/> that the row does not apply to.</summary>
    public IReadOnlyList<string> ExceptFrom { get; init; } = [];
}
