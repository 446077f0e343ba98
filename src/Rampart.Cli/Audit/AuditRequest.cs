using System.Collections.Immutable;

namespace Rampart.Cli.Audit;

/// <summary>The parsed <c>rampart audit</c> command line.</summary>
internal sealed record AuditRequest(
    string Path,
    string Format,
    string? Output,
    string? Baseline,
    bool UpdateBaseline,
    string? Severity,
    ImmutableArray<string> Rules,
    bool Restore = false);
