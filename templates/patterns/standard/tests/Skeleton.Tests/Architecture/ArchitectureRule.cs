namespace Skeleton.Tests.Architecture;

/// <summary>
/// One row of the architecture table: every type <see cref="AppliesTo"/> picks must not use the types and namespaces
/// <see cref="Forbidden"/> names for it (full type names, or namespaces standing for everything under them).
/// </summary>
/// <param name="Reason">Why, as a newcomer should read it in a failure.</param>
/// <param name="AppliesTo">Whether the row is about a type, given every type of the service.</param>
/// <param name="Forbidden">What that type may not use, given every type of the service.</param>
internal sealed record ArchitectureRule(
    string Reason,
    Func<Type, IReadOnlyList<Type>, bool> AppliesTo,
    Func<Type, IReadOnlyList<Type>, IEnumerable<string>> Forbidden);
