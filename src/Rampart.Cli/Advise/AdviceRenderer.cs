using System.Globalization;
using Rampart.Advisor;
using Rampart.Advisor.Json;
using Spectre.Console;

namespace Rampart.Cli.Advise;

/// <summary>Renders a <see cref="Recommendation"/> for people: decision first, then answers, reasons, flips, trade-offs and technology.</summary>
internal static class AdviceRenderer
{
    private const int MaxFlipsShown = 5;

    public static void Render(IAnsiConsole console, Recommendation r, string? adrPath)
    {
        Heading(console, $"Recommended: {r.Pattern.ToDisplayName()} ({r.Pattern.ToId()})");
        Plain(console, $"  {r.Profile.Summary}");
        Plain(console, string.Create(CultureInfo.InvariantCulture, $"  {r.Scores[0].Points} points; runner-up {r.RunnerUp.Pattern.ToId()} with {r.RunnerUp.Points} ({r.Margin} behind)."));

        Heading(console, "Answers");
        foreach (var a in r.Answers.Answers)
        {
            var source = a.Evidence is null ? AdviceJson.SourceId(a.Source) : $"{AdviceJson.SourceId(a.Source)} ({a.Evidence})";
            Plain(console, $"  {a.Question.Title,-22} {a.Option.Id,-18} {source}");
        }

        if (r.Defaulted.Count > 0)
        {
            Plain(console, $"  Defaulted: {string.Join(", ", r.Defaulted.Select(q => q.Id))}. Answer with flags (for example --{r.Defaulted[0].Id} {r.Defaulted[0].Default.Id}) or at the prompts.");
        }

        Heading(console, "Why");
        foreach (var line in r.Rationale)
        {
            Plain(console, $"  - {line}");
        }

        Factors(console, "Pushed toward it", r.Toward);
        Factors(console, "Pushed away from it", r.Away);

        Heading(console, "What would flip it");
        if (r.Flips.Count == 0)
        {
            Plain(console, "  No single changed answer would change the recommendation.");
        }

        foreach (var flip in r.Flips.Take(MaxFlipsShown))
        {
            Plain(console, $"  - --{flip.Question.Id} {flip.To.Id} (now {flip.From.Id}) would recommend {flip.Pattern.ToId()}");
        }

        if (r.Flips.Count > MaxFlipsShown)
        {
            Plain(console, string.Create(CultureInfo.InvariantCulture, $"  ({r.Flips.Count - MaxFlipsShown} more in --json)"));
        }

        Heading(console, "Trade-offs");
        Bullets(console, "gain", r.Profile.Gains);
        Bullets(console, "cost", r.Profile.Costs);
        Plain(console, $"  Growth path: {string.Join(" -> ", r.Profile.GrowthPath)}");

        Heading(console, "Technology");
        var t = r.Technology;
        Choice(console, "Database", t.Database);
        Choice(console, "Messaging", t.Messaging);
        Choice(console, "Caching", t.Caching);
        foreach (var layer in t.CacheLayers)
        {
            Plain(console, $"    {layer.Layer} cache: {layer.Use} TTL: {layer.Ttl}");
        }

        foreach (var style in t.ApiStyles)
        {
            Choice(console, "API style", style);
        }

        Choice(console, "Auth", t.Auth);
        Choice(console, "Background jobs", t.BackgroundJobs);
        Choice(console, "Data model", t.DataModel);

        if (adrPath is not null)
        {
            console.WriteLine();
            Plain(console, $"ADR written to {adrPath}");
        }
    }

    private static void Factors(IAnsiConsole console, string title, IReadOnlyList<Factor> factors)
    {
        if (factors.Count == 0)
        {
            return;
        }

        Heading(console, title);
        foreach (var f in factors)
        {
            Plain(console, string.Create(CultureInfo.InvariantCulture, $"  {f.Points,3:+0;-0} {f.Answer.Question.Id} = {f.Answer.Option.Id}: {f.Reason}"));
        }
    }

    private static void Bullets(IAnsiConsole console, string label, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            Plain(console, $"  {label}: {item}");
        }
    }

    private static void Choice(IAnsiConsole console, string area, TechnologyChoice choice)
    {
        Plain(console, $"  {area + ":",-17} {choice.Name}");
        foreach (var reason in choice.Reasons)
        {
            Plain(console, $"    {reason}");
        }
    }

    private static void Heading(IAnsiConsole console, string text)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(text)}[/]");
    }

    private static void Plain(IAnsiConsole console, string text) => console.WriteLine(text);
}
