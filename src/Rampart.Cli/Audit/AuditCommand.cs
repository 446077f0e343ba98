using System.Collections.Immutable;
using System.CommandLine;
using Microsoft.CodeAnalysis.Diagnostics;
using Rampart.Audit;
using Rampart.Audit.Analysis;
using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Audit;

/// <summary>The <c>rampart audit</c> verb: parses arguments, runs <see cref="AuditRunner"/>, renders the result.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context) => Create(context, analyzers: null);

    /// <summary>Creates the verb; <paramref name="analyzers"/> replaces Rampart's rules (tests use their own).</summary>
    public static Command Create(CliContext context, ImmutableArray<DiagnosticAnalyzer>? analyzers)
    {
        var path = new Argument<string>("path")
        {
            Description = "The folder, solution (.sln, .slnx) or project (.csproj) to audit.",
            DefaultValueFactory = _ => ".",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table (grouped, for people), json (Rampart's report) or sarif (SARIF 2.1.0, for code scanning).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of standard output." };
        var baseline = new Option<string?>("--baseline") { Description = "Findings in this baseline file are accepted and do not fail the audit. Defaults to .rampart.json's 'baseline'." };
        var updateBaseline = new Option<bool>("--update-baseline") { Description = "Accept today's findings: write them to the baseline file (default .rampart-baseline.json at the root) and exit 0." };
        var severity = new Option<string?>("--severity", "-s") { Description = "Lowest severity reported and failing: info, warning or error. Defaults to .rampart.json's 'minimumSeverity', else warning." };
        severity.AcceptOnlyFromAmong("info", "warning", "error");
        var rules = new Option<string[]>("--rules", "-r")
        {
            Description = "Run only these rule ids (comma-separated or repeated), for example RMP3001,RMP5001.",
            AllowMultipleArgumentsPerToken = true,
        };

        var restore = new Option<bool>("--restore") { Description = "Run 'dotnet restore' on the path first, so package types bind (it may download packages)." };

        var command = new Command("audit", "Audit a C# backend against Rampart's production rules: table, JSON or SARIF; exit 1 on new findings, 5 when the audit is incomplete.")
        {
            path, format, output, baseline, updateBaseline, severity, rules, restore,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new AuditRequest(
                parseResult.GetValue(path)!,
                parseResult.GetValue(format)!,
                parseResult.GetValue(output),
                parseResult.GetValue(baseline),
                parseResult.GetValue(updateBaseline),
                parseResult.GetValue(severity),
                [.. (parseResult.GetValue(rules) ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
                parseResult.GetValue(restore));
            return new AuditVerb(context, analyzers ?? AnalyzerCatalog.Rampart).RunAsync(request, cancellationToken);
        });
        return command;
    }
}
