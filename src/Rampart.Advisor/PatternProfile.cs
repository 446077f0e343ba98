namespace Rampart.Advisor;

/// <summary>What Rampart knows about a pattern, independent of the answers: shape, trade-offs, growth path, revisit triggers.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Summary">Its shape, in one or two sentences (from the seeds).</param>
/// <param name="Gains">What the team gets.</param>
/// <param name="Costs">What the team pays.</param>
/// <param name="GrowthPath">The stages this pattern grows through, starting with itself and ending with separate services.</param>
/// <param name="RevisitWhen">Signals that the decision should be reviewed.</param>
public sealed record PatternProfile(
    ArchitecturePattern Pattern,
    string Summary,
    IReadOnlyList<string> Gains,
    IReadOnlyList<string> Costs,
    IReadOnlyList<string> GrowthPath,
    IReadOnlyList<string> RevisitWhen);
