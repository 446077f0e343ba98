namespace Rampart.Advisor;

/// <summary>The total points a pattern scored.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Points">The sum of the weights of every answer for this pattern.</param>
public sealed record PatternScore(ArchitecturePattern Pattern, int Points);
