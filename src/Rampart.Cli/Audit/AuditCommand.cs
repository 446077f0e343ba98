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
    private const string Description = """
        Audit a C# backend against Rampart's production rules: table, JSON or SARIF; exit 1 on new findings, 5 when the audit is incomplete.

        Examples:
          rampart audit                                  the solution or folder here, as a table
          rampart audit src/Shop.slnx --format sarif      SARIF 2.1.0 for code scanning
          rampart audit --update-baseline                 accept today's findings; only new ones fail from now on
          rampart audit --restore                         run dotnet restore first, so package types bind
          rampart audit --explain RMP2002                 a rule's page: why, non-compliant and compliant code, the fix
        """;

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
        var explain = new Option<string?>("--explain")
        {
            Description = "Print a rule's documentation page (why, non-compliant and compliant code, how to fix) and exit; works offline.",
            HelpName = "rule-id",
        };

        var command = new Command("audit", Description)
        {
            path, format, output, baseline, updateBaseline, severity, rules, restore, explain,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (parseResult.GetValue(explain) is { } ruleId)
            {
                var known = AnalyzerCatalog.RulesOf(analyzers ?? AnalyzerCatalog.Rampart).Select(rule => rule.Id).ToList();
                await context.Out.WriteAsync(RuleDocs.Read(ruleId, known));
                return ExitCodes.Success;
            }

            var request = new AuditRequest(
                parseResult.GetValue(path)!,
                parseResult.GetValue(format)!,
                parseResult.GetValue(output),
                parseResult.GetValue(baseline),
                parseResult.GetValue(updateBaseline),
                parseResult.GetValue(severity),
                [.. (parseResult.GetValue(rules) ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
                parseResult.GetValue(restore));
            return await new AuditVerb(context, analyzers ?? AnalyzerCatalog.Rampart).RunAsync(request, cancellationToken);
        });
        return command;
    }
}
