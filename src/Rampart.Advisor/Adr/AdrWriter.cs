using System.Globalization;
using System.Text;

namespace Rampart.Advisor.Adr;

/// <summary>
/// Writes a <see cref="Recommendation"/> as a Markdown architecture decision record: context from the answers, decision,
/// consequences, alternatives considered and revisit triggers. The date comes from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class AdrWriter(TimeProvider time)
{
    /// <summary>The conventional path of the architecture ADR in a generated solution.</summary>
    public const string DefaultRelativePath = "docs/adr/0001-architecture.md";

    /// <summary>Returns the ADR as Markdown with <c>\n</c> line endings.</summary>
    public string Write(Recommendation recommendation, AdrOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        options ??= new AdrOptions();
        var r = recommendation;
        var date = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var md = new MarkdownBuilder();

        md.Line(string.Create(CultureInfo.InvariantCulture, $"# {options.Number:0000}. {options.Title ?? $"Architecture: {r.Pattern.ToDisplayName()}"}"))
            .Blank()
            .Line("## Status").Blank()
            .Line(string.Create(CultureInfo.InvariantCulture, $"{options.Status} ({date:yyyy-MM-dd})")).Blank();

        md.Line("## Context").Blank()
            .Line("The team answered Rampart's architecture questionnaire (`rampart advise`):").Blank()
            .Line("| Question | Answer | Source |")
            .Line("|---|---|---|");
        foreach (var a in r.Answers.Answers)
        {
            var source = a.Evidence is null ? Json.AdviceJson.SourceId(a.Source) : $"{Json.AdviceJson.SourceId(a.Source)}: {a.Evidence}";
            md.Line($"| {a.Question.Title} | {a.Option.Label} (`{a.Option.Id}`) | {source} |");
        }

        md.Blank();
        if (r.Defaulted.Count > 0)
        {
            md.Line($"Defaulted (not answered): {string.Join(", ", r.Defaulted.Select(q => $"`{q.Id}`"))}.").Blank();
        }

        md.Line("## Decision").Blank()
            .Line($"We will build the service as a **{r.Pattern.ToDisplayName()}** (`{r.Pattern.ToId()}`). {r.Profile.Summary}").Blank();
        foreach (var line in r.Rationale)
        {
            md.Line($"- {line}");
        }

        md.Blank().Line("Scores (sum of the weights of every answer, see the advisor's weight table):").Blank()
            .Line("| Pattern | Points |").Line("|---|---|");
        foreach (var s in r.Scores)
        {
            md.Line(string.Create(CultureInfo.InvariantCulture, $"| {s.Pattern.ToId()} | {s.Points} |"));
        }

        md.Blank().Factors("Answers in favour:", r.Toward).Factors("Answers against:", r.Away);

        md.Line("## Consequences").Blank().Line("Gains:").Blank().Bullets(r.Profile.Gains)
            .Line("Costs:").Blank().Bullets(r.Profile.Costs)
            .Line($"Growth path: {string.Join(" → ", r.Profile.GrowthPath)}.").Blank()
            .Line("Technology:").Blank();
        var t = r.Technology;
        md.Choice("Database", t.Database).Choice("Messaging", t.Messaging).Choice("Caching", t.Caching);
        foreach (var layer in t.CacheLayers)
        {
            md.Line($"  - {layer.Layer} cache: {layer.Use} TTL: {layer.Ttl}");
        }

        foreach (var style in t.ApiStyles)
        {
            md.Choice("API style", style);
        }

        md.Choice("Authentication", t.Auth).Choice("Background jobs", t.BackgroundJobs).Choice("Data model", t.DataModel).Blank();
        md.Line($"Generate it with `{r.NewCommand}`.").Blank();

        md.Line("## Alternatives considered").Blank();
        foreach (var s in r.Scores.Skip(1))
        {
            var profile = PatternProfiles.Get(s.Pattern);
            md.Line(string.Create(CultureInfo.InvariantCulture, $"- **{s.Pattern.ToDisplayName()}** (`{s.Pattern.ToId()}`, {s.Points} points, {r.Scores[0].Points - s.Points} behind): {profile.Costs[0]}"));
        }

        md.Blank().Line("## Revisit when").Blank();
        foreach (var flip in r.Flips)
        {
            md.Line($"- {flip.Question.Title} changes from `{flip.From.Id}` to `{flip.To.Id}`: the advisor would recommend `{flip.Pattern.ToId()}`.");
        }

        md.Bullets(r.Profile.RevisitWhen);
        return md.ToString().TrimEnd('\n') + "\n";
    }

    private sealed class MarkdownBuilder
    {
        private readonly StringBuilder _text = new();

        public MarkdownBuilder Line(string line)
        {
            _text.Append(line).Append('\n');
            return this;
        }

        public MarkdownBuilder Blank() => Line(string.Empty);

        public MarkdownBuilder Bullets(IEnumerable<string> items)
        {
            foreach (var item in items)
            {
                Line($"- {item}");
            }

            return Blank();
        }

        public MarkdownBuilder Factors(string heading, IReadOnlyList<Factor> factors)
        {
            if (factors.Count == 0)
            {
                return this;
            }

            Line(heading).Blank();
            foreach (var f in factors)
            {
                Line(string.Create(CultureInfo.InvariantCulture, $"- {f.Answer.Question.Title} = `{f.Answer.Option.Id}` ({f.Points:+0;-0}): {f.Reason}"));
            }

            return Blank();
        }

        public MarkdownBuilder Choice(string area, TechnologyChoice choice) =>
            Line($"- {area}: **{choice.Name}**. {string.Join(" ", choice.Reasons)}");

        public override string ToString() => _text.ToString();
    }
}
