using System.Globalization;
using Rampart.Advisor;
using Rampart.Advisor.Json;
using Spectre.Console;

namespace Rampart.Cli.Advise;

/// <summary>Renders a <see cref="Recommendation"/> for people: decision first, then answers, reasons, flips, trade-offs and technology.</summary>
internal static class AdviceRenderer
{
    private const int MaxFlipsShown = 5;

    public static void Render(Output output, Recommendation r, string? adrPath)
    {
        output.Rich.MarkupLine($"[bold]{Markup.Escape($"Recommended: {r.Pattern.ToDisplayName()} ({r.Pattern.ToId()})")}[/]");
        Plain(output, $"  {r.Profile.Summary}");
        Plain(output, string.Create(CultureInfo.InvariantCulture, $"  {r.Scores[0].Points} points; runner-up {r.RunnerUp.Pattern.ToId()} with {r.RunnerUp.Points} ({r.Margin} behind)."));

        Heading(output, "Answers");
        foreach (var a in r.Answers.Answers)
        {
            var source = a.Evidence is null ? AdviceJson.SourceId(a.Source) : $"{AdviceJson.SourceId(a.Source)} ({a.Evidence})";
            Plain(output, $"  {a.Question.Title,-22} {a.Option.Id,-18} {source}");
        }

        if (r.Defaulted.Count > 0)
        {
            Plain(output, $"  Defaulted: {string.Join(", ", r.Defaulted.Select(q => q.Id))}. Answer with flags (for example --{r.Defaulted[0].Id} {r.Defaulted[0].Default.Id}) or at the prompts.");
        }

        Heading(output, "Why");
        foreach (var line in r.Rationale)
        {
            Plain(output, $"  - {line}");
        }

        Factors(output, "Pushed toward it", r.Toward);
        Factors(output, "Pushed away from it", r.Away);

        Heading(output, "What would flip it");
        if (r.Flips.Count == 0)
        {
            Plain(output, "  No single changed answer would change the recommendation.");
        }

        foreach (var flip in r.Flips.Take(MaxFlipsShown))
        {
            Plain(output, $"  - --{flip.Question.Id} {flip.To.Id} (now {flip.From.Id}) would recommend {flip.Pattern.ToId()}");
        }

        if (r.Flips.Count > MaxFlipsShown)
        {
            Plain(output, string.Create(CultureInfo.InvariantCulture, $"  ({r.Flips.Count - MaxFlipsShown} more in --json)"));
        }

        Heading(output, "Trade-offs");
        Bullets(output, "gain", r.Profile.Gains);
        Bullets(output, "cost", r.Profile.Costs);
        Plain(output, $"  Growth path: {string.Join(" -> ", r.Profile.GrowthPath)}");

        Heading(output, "Technology");
        var t = r.Technology;
        Choice(output, "Database", t.Database);
        Choice(output, "Messaging", t.Messaging);
        Choice(output, "Caching", t.Caching);
        foreach (var layer in t.CacheLayers)
        {
            Plain(output, $"    {layer.Layer} cache: {layer.Use} TTL: {layer.Ttl}");
        }

        foreach (var style in t.ApiStyles)
        {
            Choice(output, "API style", style);
        }

        Choice(output, "Auth", t.Auth);
        Choice(output, "Background jobs", t.BackgroundJobs);
        Choice(output, "Data model", t.DataModel);

        Heading(output, "Generate it");
        Plain(output, $"  {r.NewCommand}");

        if (adrPath is not null)
        {
            output.Text.WriteLine();
            Plain(output, $"ADR written to {adrPath}");
        }
    }

    private static void Factors(Output output, string title, IReadOnlyList<Factor> factors)
    {
        if (factors.Count == 0)
        {
            return;
        }

        Heading(output, title);
        foreach (var f in factors)
        {
            Plain(output, string.Create(CultureInfo.InvariantCulture, $"  {f.Points,3:+0;-0} {f.Answer.Question.Id} = {f.Answer.Option.Id}: {f.Reason}"));
        }
    }

    private static void Bullets(Output output, string label, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            Plain(output, $"  {label}: {item}");
        }
    }

    private static void Choice(Output output, string area, TechnologyChoice choice)
    {
        Plain(output, $"  {area + ":",-17} {choice.Name}");
        foreach (var reason in choice.Reasons)
        {
            Plain(output, $"    {reason}");
        }
    }

    private static void Heading(Output output, string text)
    {
        output.Text.WriteLine();
        output.Rich.MarkupLine($"[bold]{Markup.Escape(text)}[/]");
    }

    // Plain lines go straight to the writer: the terminal wraps them, so output does not depend on a guessed width.
    private static void Plain(Output output, string text) => output.Text.WriteLine(text);

    /// <summary>The plain writer and the rich output over the same output.</summary>
    internal sealed record Output(TextWriter Text, IAnsiConsole Rich);
}
