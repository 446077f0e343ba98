using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Rampart.Audit.Analysis;
using Rampart.Audit.Baseline;
using Rampart.Audit.Configuration;
using Rampart.Audit.Workspace;

namespace Rampart.Audit;

/// <summary>
/// Audits a folder, solution or project: loads its projects as MSBuild evaluates them (ADR 0100; the source-level
/// loader of ADR 0055 when no SDK is found), runs the analyzers over each project in parallel, applies configuration,
/// suppressions, the severity threshold and the baseline, and says which projects it could not see completely.
/// </summary>
public sealed class AuditRunner
{
    private readonly TimeProvider _time;

    /// <summary>Creates a runner.</summary>
    /// <param name="time">The clock the run is timed with. Defaults to <see cref="TimeProvider.System"/>.</param>
    public AuditRunner(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <summary>Runs the audit.</summary>
    /// <exception cref="AuditException">The path, the configuration or the baseline cannot be used.</exception>
    public async Task<AuditResult> RunAsync(AuditOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var batch = new BatchGarbageCollection();
        var started = _time.GetTimestamp();
        var root = WorkspaceLoader.RootOf(options.Path);
        var configuration = AuditConfiguration.Load(root);
        var baselinePath = options.IgnoreBaseline ? null : ResolveBaselinePath(root, options.BaselinePath, configuration);
        var baseline = baselinePath is null ? null : AuditBaseline.Load(baselinePath);
        var minimum = options.MinimumSeverity ?? configuration.MinimumSeverity ?? AuditSeverity.Warning;

        var allAnalyzers = options.Analyzers ?? AnalyzerCatalog.Rampart;
        var descriptors = allAnalyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var selected = SelectRules(descriptors.Keys, options.Rules);
        var editorConfig = EditorConfigSeverities.Load(root);
        var severities = new SeverityPolicy(descriptors, configuration, editorConfig);
        var ruleIds = selected.Where(severities.MayReport).ToImmutableHashSet(StringComparer.Ordinal);
        var analyzers = allAnalyzers.Where(a => a.SupportedDiagnostics.Any(d => ruleIds.Contains(d.Id))).ToImmutableArray();
        var rules = AnalyzerCatalog.RulesOf(analyzers).Where(r => ruleIds.Contains(r.Id)).ToImmutableArray();

        var warnings = new ConcurrentQueue<string>(options.Restore ? await PackageRestore.RunAsync(options.Path, cancellationToken).ConfigureAwait(false) : []);
        var workspace = WorkspaceLoader.Load(options.Path, configuration.IsExcluded, options.UseMSBuild);
        // Every selected rule is switched on in the compilations, whatever its default; the policy decides per file afterwards.
        // Setting it at creation keeps one compilation per project, shared by its analysis and by the projects referencing it.
        var specific = ruleIds.ToImmutableDictionary(id => id, _ => ReportDiagnostic.Warn);
        var compiled = new CompilationFactory(new ReferenceResolver()).Create(workspace, specific, cancellationToken);
        var incomplete = new ConcurrentBag<IncompleteProject>();
        var raw = new ConcurrentBag<RawFinding>();
        if (!analyzers.IsEmpty)
        {
            var analyzerOptions = new AnalyzerOptions([], editorConfig.OptionsProvider);
            var runner = new ProjectRunner(analyzers, ruleIds, severities, analyzerOptions, root);
            var parallelism = Math.Max(1, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount);
            var concurrent = compiled.Length < parallelism;
            await Parallel.ForEachAsync(
                compiled.OrderByDescending(p => p.Lines),
                new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
                async (project, token) =>
                {
                    if (Completeness.Check(project, token) is { IsEmpty: false } reasons)
                    {
                        var file = project.Project.ProjectFile?.Path;
                        incomplete.Add(new IncompleteProject(project.Project.Name, file is null ? string.Empty : WorkspaceLoader.Relative(root, file), reasons));
                    }

                    var (found, failed) = await runner.RunAsync(project, concurrent, token).ConfigureAwait(false);
                    found.ForEach(raw.Add);
                    failed.ForEach(warnings.Enqueue);
                }).ConfigureAwait(false);
        }

        var findings = Fingerprint(raw)
            .Where(f => f.Severity >= minimum)
            .Select(f => baseline is not null && baseline.Accepts(f) ? f with { IsBaselined = true } : f)
            .ToImmutableArray();
        var statistics = new AuditStatistics(compiled.Length, compiled.Sum(p => p.SourceTrees.Length), compiled.Sum(p => p.Lines), _time.GetElapsedTime(started));
        return new AuditResult(
            rules, findings, minimum, statistics, [.. warnings.Order(StringComparer.Ordinal)], workspace.Loading,
            [.. incomplete.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The baseline file for a root: the explicit path (relative to the current directory), else <c>.rampart.json</c>'s
    /// <c>baseline</c> (relative to the root), else null.
    /// </summary>
    public static string? ResolveBaselinePath(string root, string? explicitPath, AuditConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (explicitPath is not null)
        {
            return Path.GetFullPath(explicitPath);
        }

        return configuration.Baseline is { Length: > 0 } configured ? Path.GetFullPath(configured, root) : null;
    }

    /// <summary>The default baseline file name, written at the root by <c>--update-baseline</c> when no path is configured.</summary>
    public const string DefaultBaselineFileName = ".rampart-baseline.json";

    private static ImmutableHashSet<string> SelectRules(IEnumerable<string> known, IReadOnlyCollection<string>? requested)
    {
        var all = known.ToImmutableHashSet(StringComparer.Ordinal);
        if (requested is null || requested.Count == 0)
        {
            return all;
        }

        var unknown = requested.Where(r => !all.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new AuditException(
                $"Unknown rule id(s): {string.Join(", ", unknown)}.",
                all.IsEmpty ? "No rules are installed." : $"Use ids the audit knows: {string.Join(", ", all.Order(StringComparer.Ordinal))}.");
        }

        return all.Where(id => requested.Contains(id, StringComparer.OrdinalIgnoreCase)).ToImmutableHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<AuditFinding> Fingerprint(IEnumerable<RawFinding> raw)
    {
        // A file linked into several projects is analysed once per project; it is reported once.
        var sorted = raw
            .Distinct()
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal);
        var occurrences = new Dictionary<(string, string, string, string), int>();
        foreach (var f in sorted)
        {
            var key = (f.RuleId, f.Path, FindingFingerprint.Normalize(f.LineText), FindingFingerprint.Normalize(f.Member));
            var occurrence = occurrences.GetValueOrDefault(key);
            occurrences[key] = occurrence + 1;
            yield return new AuditFinding(f.RuleId, f.Severity, f.Message, f.Path, f.Line, f.Column, f.EndLine, f.EndColumn,
                FindingFingerprint.Compute(f.RuleId, f.Path, f.LineText, f.Member, occurrence));
        }
    }
}
