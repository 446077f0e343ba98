using System.Text.Json;

namespace Rampart.Advisor.Json;

/// <summary>The machine-readable form of a <see cref="Recommendation"/> (schema version 1, see <see cref="Schema"/>).</summary>
public static class AdviceJson
{
    /// <summary>The version written as <c>schemaVersion</c>; raised only on a breaking change.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
    };

    /// <summary>The JSON Schema (draft 2020-12) the output conforms to.</summary>
    public static string Schema { get; } = ReadSchema();

    /// <summary>Serializes the recommendation as indented JSON with <c>\n</c> line endings.</summary>
    public static string Serialize(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return JsonSerializer.Serialize(ToDocument(recommendation), Options);
    }

    private static AdviceDocument ToDocument(Recommendation r)
    {
        var t = r.Technology;
        return new AdviceDocument(
            SchemaVersion,
            r.Pattern.ToId(),
            r.Pattern.ToDisplayName(),
            r.Profile.Summary,
            r.RunnerUp.Pattern.ToId(),
            r.Margin,
            [.. r.Scores.Select(s => new ScoreDocument(s.Pattern.ToId(), s.Points))],
            [.. r.Answers.Answers.Select(a => new AnswerDocument(a.Question.Id, a.Question.Title, a.Option.Id, a.Option.Label, SourceId(a.Source), a.Evidence))],
            [.. r.Defaulted.Select(q => q.Id)],
            r.Rationale,
            [.. r.Toward.Select(ToFactor)],
            [.. r.Away.Select(ToFactor)],
            [.. r.Flips.Select(f => new FlipDocument(f.Question.Id, f.From.Id, f.To.Id, f.Pattern.ToId()))],
            new TradeOffsDocument(r.Profile.Gains, r.Profile.Costs),
            r.Profile.GrowthPath,
            r.Profile.RevisitWhen,
            new TechnologyDocument(t.Database, t.Messaging, t.Caching, t.CacheLayers, t.ApiStyles, t.Auth, t.BackgroundJobs, t.DataModel));
    }

    private static FactorDocument ToFactor(Factor f) => new(f.Answer.Question.Id, f.Answer.Option.Id, f.Points, f.Reason);

    /// <summary>The identifier of an answer source as written to JSON and ADRs: <c>default</c>, <c>flag</c>, <c>prompt</c> or <c>inferred</c>.</summary>
    public static string SourceId(AnswerSource source) => source switch
    {
        AnswerSource.Default => "default",
        AnswerSource.Flag => "flag",
        AnswerSource.Prompt => "prompt",
        AnswerSource.Inferred => "inferred",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown source."),
    };

    private static string ReadSchema()
    {
        using var stream = typeof(AdviceJson).Assembly.GetManifestResourceStream("Rampart.Advisor.advise.schema.json")
            ?? throw new InvalidOperationException("The advise JSON schema is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
