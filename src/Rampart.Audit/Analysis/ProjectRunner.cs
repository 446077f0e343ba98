using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using Rampart.Audit.Workspace;

namespace Rampart.Audit.Analysis;

/// <summary>Runs the analyzers over one project's compilation and turns its diagnostics into findings.</summary>
internal sealed class ProjectRunner(
    ImmutableArray<DiagnosticAnalyzer> analyzers,
    ImmutableHashSet<string> ruleIds,
    SeverityPolicy severities,
    AnalyzerOptions analyzerOptions,
    string root)
{
    public async Task<(List<RawFinding> Findings, List<string> Warnings)> RunAsync(CompilationFactory.CompiledProject project, bool concurrent, CancellationToken cancellationToken)
    {
        var warnings = new ConcurrentQueue<string>();
        var ownTrees = project.SourceTrees.ToHashSet();
        var compilation = project.Compilation;
        var options = new CompilationWithAnalyzersOptions(
            analyzerOptions,
            (exception, analyzer, _) => warnings.Enqueue($"Analyzer {analyzer.GetType().Name} failed in project {project.Project.Name}: {exception.GetType().Name}: {exception.Message}"),
            concurrent,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var findings = new List<RawFinding>();
        foreach (var diagnostic in diagnostics)
        {
            if (!ruleIds.Contains(diagnostic.Id) || diagnostic.Location.SourceTree is not { } tree || !ownTrees.Contains(tree))
            {
                continue;
            }

            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            var severity = severities.Resolve(diagnostic.Id, tree.FilePath);
            if (severity is null)
            {
                continue;
            }

            var span = diagnostic.Location.GetLineSpan();
            var text = tree.GetText(cancellationToken);
            var lineText = text.Lines[span.StartLinePosition.Line].ToString();
            var node = tree.GetRoot(cancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            findings.Add(new RawFinding(
                diagnostic.Id,
                severity.Value,
                message,
                WorkspaceLoader.Relative(root, tree.FilePath),
                span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1,
                span.EndLinePosition.Line + 1,
                span.EndLinePosition.Character + 1,
                lineText,
                MemberSignature.Of(node)));
        }

        return (findings, [.. warnings]);
    }
}
