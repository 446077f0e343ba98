namespace Rampart.Advisor.Json;

// The shape of `rampart advise --json`, version 1; advise.schema.json describes it and docs/advisor.md documents it.
internal sealed record AdviceDocument(
    int SchemaVersion,
    string Pattern,
    string PatternName,
    string Summary,
    string RunnerUp,
    int Margin,
    IReadOnlyList<ScoreDocument> Scores,
    IReadOnlyList<AnswerDocument> Answers,
    IReadOnlyList<string> Defaulted,
    IReadOnlyList<string> Rationale,
    IReadOnlyList<FactorDocument> Toward,
    IReadOnlyList<FactorDocument> Away,
    IReadOnlyList<FlipDocument> Flips,
    TradeOffsDocument TradeOffs,
    IReadOnlyList<string> GrowthPath,
    IReadOnlyList<string> RevisitWhen,
    TechnologyDocument Technology);

internal sealed record ScoreDocument(string Pattern, int Points);

internal sealed record AnswerDocument(string Question, string Title, string Answer, string Label, string Source, string? Evidence);

internal sealed record FactorDocument(string Question, string Answer, int Points, string Reason);

internal sealed record FlipDocument(string Question, string From, string To, string Pattern);

internal sealed record TradeOffsDocument(IReadOnlyList<string> Gains, IReadOnlyList<string> Costs);

internal sealed record TechnologyDocument(
    TechnologyChoice Database,
    TechnologyChoice Messaging,
    TechnologyChoice Caching,
    IReadOnlyList<CacheLayer> CacheLayers,
    IReadOnlyList<TechnologyChoice> ApiStyles,
    TechnologyChoice Auth,
    TechnologyChoice BackgroundJobs,
    TechnologyChoice DataModel);
