namespace Skeleton.Tests.Architecture;

/// <summary>What <see cref="ArchitectureCheck.Run"/> found: broken rows, the types some row applied to, and all types it saw.</summary>
internal sealed record ArchitectureReport(IReadOnlyList<string> Violations, IReadOnlyCollection<Type> Checked, IReadOnlyCollection<Type> Types);
