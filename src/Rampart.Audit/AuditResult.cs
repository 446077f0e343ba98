using System.Collections.Immutable;

namespace Rampart.Audit;

/// <summary>What an audit found, ready for a report writer.</summary>
/// <param name="Rules">Every rule that ran, sorted by id.</param>
/// <param name="Findings">Findings at or above the threshold, sorted by path, line, column and rule.</param>
/// <param name="MinimumSeverity">The threshold the findings were filtered with.</param>
/// <param name="Statistics">Size and duration of the run.</param>
/// <param name="Warnings">Problems with the run itself (unresolved packages, analyzer failures) that may hide findings.</param>
public sealed record AuditResult(
    ImmutableArray<AuditRule> Rules,
    ImmutableArray<AuditFinding> Findings,
    AuditSeverity MinimumSeverity,
    AuditStatistics Statistics,
    ImmutableArray<string> Warnings)
{
    /// <summary>Findings the baseline does not accept: these fail the audit.</summary>
    public IEnumerable<AuditFinding> NewFindings => Findings.Where(f => !f.IsBaselined);

    /// <summary>True when no finding fails the audit.</summary>
    public bool Passed => !NewFindings.Any();
}
