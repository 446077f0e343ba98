using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Rampart.Audit;

/// <summary>What to audit and how.</summary>
public sealed class AuditOptions
{
    /// <summary>A folder, a <c>.sln</c>/<c>.slnx</c> solution or a <c>.csproj</c> project. Required.</summary>
    public required string Path { get; init; }

    /// <summary>
    /// The lowest severity reported and failing the audit. Defaults to the <c>.rampart.json</c> value,
    /// else <see cref="AuditSeverity.Warning"/>.
    /// </summary>
    public AuditSeverity? MinimumSeverity { get; init; }

    /// <summary>Only these rule ids run (case-insensitive). Defaults to every enabled rule.</summary>
    public IReadOnlyCollection<string>? Rules { get; init; }

    /// <summary>
    /// The baseline file whose findings are accepted. Defaults to the <c>.rampart.json</c> <c>baseline</c> value, else none.
    /// </summary>
    public string? BaselinePath { get; init; }

    /// <summary>When true no baseline is loaded, not even a configured one (used while rewriting it). Defaults to false.</summary>
    public bool IgnoreBaseline { get; init; }

    /// <summary>The analyzers to run. Defaults to Rampart's own rules (<see cref="Analysis.AnalyzerCatalog.Rampart"/>).</summary>
    public ImmutableArray<DiagnosticAnalyzer>? Analyzers { get; init; }

    /// <summary>
    /// When false, projects are read as XML by the source-level loader instead of being evaluated by MSBuild
    /// (for comparisons and machines without an SDK). Defaults to true.
    /// </summary>
    public bool UseMSBuild { get; init; } = true;

    /// <summary>When true, <c>dotnet restore</c> runs on the path before it is loaded. Defaults to false.</summary>
    public bool Restore { get; init; }

    /// <summary>How many projects are analysed at once. Defaults to the processor count.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
