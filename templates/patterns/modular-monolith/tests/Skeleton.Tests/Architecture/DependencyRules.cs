namespace Skeleton.Tests.Architecture;

/// <summary>The architecture of this service as a table: what may not depend on what.</summary>
internal static class DependencyRules
{
    public static readonly IReadOnlyList<DependencyRule> All =
    [
        new("Skeleton.*", "Skeleton.Host", "Nothing depends on the composition root."),
        new("Skeleton.SharedKernel", "Skeleton.Modules.*", "The shared kernel knows no module."),
        new("Skeleton.Modules.*", "Skeleton.Modules.*", "Modules (and their contracts) talk only through events or another module's Contracts project.", Unless: "Skeleton.Modules.*.Contracts"),
    ];

    /// <summary>Every broken rule, as "assembly -> reference: reason".</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyDictionary<string, IReadOnlyList<string>> referencesByAssembly) =>
        [.. from pair in referencesByAssembly
            from reference in pair.Value
            from rule in All
            where rule.Forbids(pair.Key, reference)
            select $"{pair.Key} -> {reference}: {rule.Reason}"];
}
