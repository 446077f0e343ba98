using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
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
        var additional = project.Project.AdditionalFiles.Select(f => (AdditionalText)new FileText(f)).ToImmutableArray();
        var ownFiles = project.Project.AdditionalFiles.ToHashSet(StringComparer.Ordinal);
        var options = new CompilationWithAnalyzersOptions(
            additional.IsEmpty ? analyzerOptions : new AnalyzerOptions(additional, analyzerOptions.AnalyzerConfigOptionsProvider),
            (exception, analyzer, _) => warnings.Enqueue($"Analyzer {analyzer.GetType().Name} failed in project {project.Project.Name}: {exception.GetType().Name}: {exception.Message}"),
            concurrent,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var findings = new List<RawFinding>();
        foreach (var diagnostic in diagnostics)
        {
            if (!ruleIds.Contains(diagnostic.Id))
            {
                continue;
            }

            if (diagnostic.Location.Kind == LocationKind.ExternalFile && ownFiles.Contains(diagnostic.Location.GetLineSpan().Path))
            {
                if (ExternalFinding(diagnostic, additional, cancellationToken) is { } external)
                {
                    findings.Add(external);
                }

                continue;
            }

            if (diagnostic.Location.SourceTree is not { } tree || !ownTrees.Contains(tree))
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

    /// <summary>A finding in a file beside the code (a secret in appsettings.json); its "member" is the file itself.</summary>
    private RawFinding? ExternalFinding(Diagnostic diagnostic, ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var span = diagnostic.Location.GetLineSpan();
        var severity = severities.Resolve(diagnostic.Id, span.Path);
        var text = files.FirstOrDefault(f => f.Path == span.Path)?.GetText(cancellationToken);
        if (severity is null || text is null)
        {
            return null;
        }

        return new RawFinding(
            diagnostic.Id,
            severity.Value,
            diagnostic.GetMessage(CultureInfo.InvariantCulture),
            WorkspaceLoader.Relative(root, span.Path),
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1,
            text.Lines[span.StartLinePosition.Line].ToString(),
            "<file>");
    }
}
