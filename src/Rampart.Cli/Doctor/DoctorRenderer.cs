using Rampart.Cli.Infrastructure;
using Rampart.Scaffolding.Doctor;
using Spectre.Console;

namespace Rampart.Cli.Doctor;

/// <summary>Writes a doctor report: one line per check, and under each failure its fix, per platform for installs.</summary>
internal static class DoctorRenderer
{
    private const int CheckWidth = 15;

    /// <summary>Writes the findings (all of them, or only what needs attention) and the verdict.</summary>
    public static void Write(CliContext context, DoctorReport report, bool problemsOnly)
    {
        var console = context.Console;
        foreach (var finding in report.Findings.Where(finding => !problemsOnly || finding.Status != DoctorStatus.Ok))
        {
            console.MarkupLine($"  {Mark(finding.Status)} {Markup.Escape(finding.Check.PadRight(CheckWidth))} {Markup.Escape(finding.Detail)}");
            if (finding.Status != DoctorStatus.Failed)
            {
                continue;
            }

            if (finding.Install is { } install)
            {
                foreach (var (platform, label, command) in install.Rows)
                {
                    var here = platform == report.Platform ? "   [grey]<- this machine[/]" : string.Empty;
                    console.MarkupLine($"         {Markup.Escape(label.PadRight(CheckWidth))} {Markup.Escape(command)}{here}");
                }
            }

            if (finding.Fix is { } fix)
            {
                console.MarkupLine($"         fix: {Markup.Escape(fix)}");
            }
        }

        var problems = report.Problems.Count();
        console.MarkupLine(problems == 0
            ? "[green]rampart dev can run here.[/]"
            : $"[red]rampart dev cannot run here: {problems} problem(s) above.[/] Fix them, then run rampart doctor again.");
    }

    private static string Mark(DoctorStatus status) => status switch
    {
        DoctorStatus.Ok => "[green]ok  [/]",
        DoctorStatus.Note => "[yellow]note[/]",
        _ => "[red]FAIL[/]",
    };
}
