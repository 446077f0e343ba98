namespace Rampart.Advisor;

/// <summary>
/// The transparent scoring table: points per answer per pattern, in the column order
/// standard, modular-monolith, clean, hexagonal, vertical-slice. docs/advisor.md shows the same table; a test keeps them equal.
/// Options not listed score zero for every pattern.
/// </summary>
internal static class DecisionWeights
{
    /// <summary>The pattern of each column.</summary>
    public static IReadOnlyList<ArchitecturePattern> Columns { get; } =
    [
        ArchitecturePattern.Standard,
        ArchitecturePattern.ModularMonolith,
        ArchitecturePattern.Clean,
        ArchitecturePattern.Hexagonal,
        ArchitecturePattern.VerticalSlice,
    ];

    private static readonly Dictionary<(string Question, string Option), int[]> Table = new()
    {
        [(QuestionIds.Team, "solo")] = [3, -1, -1, -1, 1],
        [(QuestionIds.Team, "2-5")] = [0, 2, 0, 0, 1],
        [(QuestionIds.Team, "6-15")] = [-2, 2, 1, 1, 0],
        [(QuestionIds.Team, "15+")] = [-3, 3, 1, 1, -1],
        [(QuestionIds.Lifespan, "prototype")] = [3, -1, -2, -2, 1],
        [(QuestionIds.Lifespan, "1-2y")] = [0, 1, 0, 0, 1],
        [(QuestionIds.Lifespan, "3y+")] = [-2, 1, 2, 1, 0],
        [(QuestionIds.Complexity, "crud")] = [3, -1, -2, -1, 1],
        [(QuestionIds.Complexity, "moderate")] = [0, 2, 0, 0, 1],
        [(QuestionIds.Complexity, "complex")] = [-3, 1, 3, 1, -2],
        [(QuestionIds.Scaling, "single")] = [1, -2, 0, 0, 2],
        [(QuestionIds.Scaling, "may-split")] = [-1, 2, 0, 0, 0],
        [(QuestionIds.Scaling, "microservices")] = [-2, 2, 1, 1, -1],
        [(QuestionIds.Experience, "junior")] = [1, 0, -2, -2, 1],
        [(QuestionIds.Experience, "mixed")] = [0, 1, 0, 0, 0],
        [(QuestionIds.Experience, "senior")] = [-1, 0, 3, 2, 0],
        [(QuestionIds.TimeToMarket, "asap")] = [2, -1, -2, -2, 1],
        [(QuestionIds.TimeToMarket, "quality-first")] = [-1, 0, 1, 1, 0],
        [(QuestionIds.Integrations, "none")] = [1, 0, 0, -2, 0],
        [(QuestionIds.Integrations, "many")] = [-2, 0, 1, 5, -1],
        [(QuestionIds.Testability, "critical")] = [-1, 0, 2, 4, -1],
        [(QuestionIds.ReadWrite, "divergent")] = [-1, 1, 1, 0, 1],
        [(QuestionIds.Background, "event-driven")] = [-1, 1, 0, 0, 0],
    };

    private static readonly int[] Zero = [0, 0, 0, 0, 0];

    /// <summary>The points an answer gives to a pattern.</summary>
    public static int Points(string questionId, string optionId, ArchitecturePattern pattern) =>
        Row(questionId, optionId)[Column(pattern)];

    /// <summary>The points an answer gives to each pattern, in <see cref="Columns"/> order.</summary>
    public static IReadOnlyList<int> Row(string questionId, string optionId) =>
        Table.TryGetValue((questionId, optionId), out var row) ? row : Zero;

    private static int Column(ArchitecturePattern pattern) => pattern switch
    {
        ArchitecturePattern.Standard => 0,
        ArchitecturePattern.ModularMonolith => 1,
        ArchitecturePattern.Clean => 2,
        ArchitecturePattern.Hexagonal => 3,
        ArchitecturePattern.VerticalSlice => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Unknown pattern."),
    };
}
