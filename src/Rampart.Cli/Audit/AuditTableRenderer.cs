using System.Globalization;
using Rampart.Audit;
using Rampart.Audit.Configuration;
using Rampart.Audit.Reporting;
using Spectre.Console;

namespace Rampart.Cli.Audit;

/// <summary>
/// Renders findings for people: one block per rule (id, severity, title, one-line fix) with a table of
/// <c>file:line</c> and message, then a summary line.
/// </summary>
internal static class AuditTableRenderer
{
    public static void Render(AuditResult result, IAnsiConsole console)
    {
        var rules = result.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var group in result.Findings.GroupBy(f => f.RuleId).OrderByDescending(g => g.Max(f => f.Severity)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var rule = rules.GetValueOrDefault(group.Key);
            var severity = group.Max(f => f.Severity);
            console.MarkupLine($"[bold]{Markup.Escape(group.Key)}[/]  [{Colour(severity)}]{SeverityNames.Format(severity)}[/]  {Markup.Escape(rule?.Title ?? group.Key)}  [grey]({group.Count()})[/]");
            if (rule is not null)
            {
                console.MarkupLine($"  [grey]fix:[/] {Markup.Escape(rule.Fix)}");
                console.MarkupLine($"  [grey]why and how: rampart audit --explain {Markup.Escape(rule.Id)}[/]");
            }

            var table = new Table().Border(TableBorder.Rounded).Expand();
            table.AddColumn(new TableColumn("Location").NoWrap());
            table.AddColumn("Message");
            table.AddColumn(new TableColumn("Status").NoWrap());
            foreach (var finding in group)
            {
                table.AddRow(
                    Markup.Escape($"{finding.Path}:{finding.Line}"),
                    Markup.Escape(finding.Message),
                    finding.IsBaselined ? "[grey]baselined[/]" : "[bold]new[/]");
            }

            console.Write(table);
            console.WriteLine();
        }

        if (!result.IsComplete)
        {
            console.MarkupLine($"[bold yellow]Incomplete audit[/]  {result.IncompleteProjects.Length} project(s) could not be seen as the build sees them; findings may be missing.");
            console.MarkupLine($"  [grey]fix:[/] {Markup.Escape(AuditMessages.IncompleteFix)}");
            var table = new Table().Border(TableBorder.Rounded).Expand();
            table.AddColumn(new TableColumn("Project").NoWrap());
            table.AddColumn("Why");
            foreach (var project in result.IncompleteProjects)
            {
                table.AddRow(Markup.Escape(project.Path.Length > 0 ? project.Path : project.Name), Markup.Escape(string.Join("; ", project.Reasons)));
            }

            console.Write(table);
            console.WriteLine();
        }

        var stats = result.Statistics;
        var newCount = result.NewFindings.Count();
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Findings.Length} finding(s) at or above {SeverityNames.Format(result.MinimumSeverity)}: {newCount} new, {result.Findings.Length - newCount} baselined. {stats.Files} file(s), {stats.Lines:N0} line(s), {stats.Projects} project(s) loaded by {result.Loading.Description}, {result.Rules.Length} rule(s) in {stats.Elapsed.TotalSeconds:0.0} s.");
        if (!result.IsComplete)
        {
            summary += string.Create(CultureInfo.InvariantCulture, $" Incomplete: {result.IncompleteProjects.Length} project(s).");
        }

        console.MarkupLine(result.Passed ? $"[green]{Markup.Escape(summary)}[/]" : $"[red]{Markup.Escape(summary)}[/]");
    }

    private static string Colour(AuditSeverity severity) => severity switch
    {
        AuditSeverity.Error => "red",
        AuditSeverity.Warning => "yellow",
        _ => "blue",
    };
}
