using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Diagnostics;
using Rampart.Audit;
using Rampart.Audit.Analysis;
using Rampart.Audit.Baseline;
using Rampart.Audit.Configuration;
using Rampart.Audit.Reporting;
using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Audit;

/// <summary>Runs one audit request: validates it, audits, writes the report or the baseline, picks the exit code.</summary>
internal sealed class AuditVerb(CliContext context, ImmutableArray<DiagnosticAnalyzer> analyzers)
{
    public async Task<int> RunAsync(AuditRequest request, CancellationToken cancellationToken)
    {
        var ruleIds = ValidateRules(request.Rules);
        var target = context.ResolvePath(request.Path);
        var outputPath = request.Output is null ? null : context.ResolvePath(request.Output);
        var explicitBaseline = request.Baseline is null ? null : context.ResolvePath(request.Baseline);
        try
        {
            var options = new AuditOptions
            {
                Path = target,
                MinimumSeverity = request.Severity is null ? null : SeverityNames.Parse(request.Severity, allowOff: false, "--severity"),
                Rules = ruleIds,
                BaselinePath = explicitBaseline,
                // Updating rewrites the baseline, so a missing or stale one must not stop the run.
                IgnoreBaseline = request.UpdateBaseline,
                Analyzers = analyzers,
                Restore = request.Restore,
            };
            var result = await new AuditRunner().RunAsync(options, cancellationToken);
            foreach (var warning in result.Warnings)
            {
                await context.Error.WriteLineAsync($"warning: {warning}");
            }

            foreach (var project in result.IncompleteProjects)
            {
                await context.Error.WriteLineAsync($"warning: {AuditMessages.Incomplete(project)}");
            }

            if (!result.IsComplete)
            {
                await context.Error.WriteLineAsync($"  fix: {AuditMessages.IncompleteFix}");
            }

            if (request.UpdateBaseline)
            {
                var written = await WriteBaselineAsync(result, target, explicitBaseline);
                return result.IsComplete ? written : ExitCodes.Incomplete;
            }

            await WriteReportAsync(result, request.Format, outputPath);
            return !result.IsComplete ? ExitCodes.Incomplete : result.Passed ? ExitCodes.Success : ExitCodes.Findings;
        }
        catch (AuditException ex)
        {
            throw new CliException(ex.Message, ex.Fix, ExitCodes.InvalidInput);
        }
    }

    private ImmutableArray<string> ValidateRules(ImmutableArray<string> requested)
    {
        if (requested.IsEmpty)
        {
            return [];
        }

        var known = AnalyzerCatalog.RulesOf(analyzers).Select(r => r.Id).ToList();
        var unknown = requested.Where(r => !known.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new CliException(
                $"--rules names unknown rule id(s): {string.Join(", ", unknown)}.",
                known.Count == 0 ? "No rules are installed; run without --rules." : $"Use ids from this list: {string.Join(", ", known)}.",
                ExitCodes.Usage);
        }

        return requested;
    }

    private async Task<int> WriteBaselineAsync(AuditResult result, string target, string? explicitBaseline)
    {
        var root = Directory.Exists(target) ? target : Path.GetDirectoryName(target)!;
        var path = explicitBaseline
            ?? AuditRunner.ResolveBaselinePath(root, null, AuditConfiguration.Load(root))
            ?? Path.Combine(root, AuditRunner.DefaultBaselineFileName);
        AuditBaseline.From(result.Findings).Save(path);
        await context.Out.WriteLineAsync($"Baseline written to {Path.GetRelativePath(context.WorkingDirectory, path)}: {result.Findings.Length} finding(s) accepted.");
        return ExitCodes.Success;
    }

    private async Task WriteReportAsync(AuditResult result, string format, string? outputPath)
    {
        if (format == "table" && outputPath is null)
        {
            AuditTableRenderer.Render(result, context.Console);
            return;
        }

        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            switch (format)
            {
                case "json":
                    JsonReportWriter.Write(result, buffer);
                    break;
                case "sarif":
                    SarifReportWriter.Write(result, buffer);
                    break;
                default:
                    using (var text = new StringWriter())
                    {
                        AuditTableRenderer.Render(result, PlainConsole.Over(text));
                        buffer.Write(Encoding.UTF8.GetBytes(text.ToString()));
                    }

                    break;
            }

            bytes = buffer.ToArray();
        }

        if (outputPath is null)
        {
            await context.Out.WriteAsync(Encoding.UTF8.GetString(bytes));
            await context.Out.FlushAsync();
            return;
        }

        AtomicFile.Write(outputPath, bytes);
        await context.Error.WriteLineAsync($"{result.Findings.Length} finding(s), {result.NewFindings.Count()} new; report written to {Path.GetRelativePath(context.WorkingDirectory, outputPath)}.");
    }
}
