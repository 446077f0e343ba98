namespace Rampart.Advisor;

/// <summary>Identifiers of <see cref="ArchitecturePattern"/> as used on the command line, in JSON and in ADRs.</summary>
public static class ArchitecturePatterns
{
    /// <summary>
    /// Every pattern in tie-breaking order: the seeds' default first, then from least to most ceremony.
    /// When two patterns score the same, the one earlier in this list wins.
    /// </summary>
    public static IReadOnlyList<ArchitecturePattern> InTieBreakOrder { get; } =
    [
        ArchitecturePattern.ModularMonolith,
        ArchitecturePattern.Standard,
        ArchitecturePattern.VerticalSlice,
        ArchitecturePattern.Clean,
        ArchitecturePattern.Hexagonal,
    ];

    /// <summary>The pattern recommended when every answer is left at its default.</summary>
    public static ArchitecturePattern Default => ArchitecturePattern.ModularMonolith;

    /// <summary>The kebab-case identifier, for example <c>modular-monolith</c>.</summary>
    public static string ToId(this ArchitecturePattern pattern) => pattern switch
    {
        ArchitecturePattern.Standard => "standard",
        ArchitecturePattern.ModularMonolith => "modular-monolith",
        ArchitecturePattern.Clean => "clean",
        ArchitecturePattern.Hexagonal => "hexagonal",
        ArchitecturePattern.VerticalSlice => "vertical-slice",
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Unknown pattern."),
    };

    /// <summary>The human name, for example <c>Modular monolith</c>.</summary>
    public static string ToDisplayName(this ArchitecturePattern pattern) => pattern switch
    {
        ArchitecturePattern.Standard => "Standard",
        ArchitecturePattern.ModularMonolith => "Modular monolith",
        ArchitecturePattern.Clean => "Clean Architecture",
        ArchitecturePattern.Hexagonal => "Hexagonal (ports and adapters)",
        ArchitecturePattern.VerticalSlice => "Vertical slice",
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Unknown pattern."),
    };

    /// <summary>Parses a kebab-case identifier; returns false for anything else.</summary>
    public static bool TryParse(string? id, out ArchitecturePattern pattern)
    {
        foreach (var candidate in InTieBreakOrder)
        {
            if (string.Equals(candidate.ToId(), id, StringComparison.Ordinal))
            {
                pattern = candidate;
                return true;
            }
        }

        pattern = Default;
        return false;
    }
}
