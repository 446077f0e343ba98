using System.Collections.Immutable;

namespace Rampart.Audit;

/// <summary>What an audit found, ready for a report writer.</summary>
/// <param name="Rules">Every rule that ran, sorted by id.</param>
/// <param name="Findings">Findings at or above the threshold, sorted by path, line, column and rule.</param>
/// <param name="MinimumSeverity">The threshold the findings were filtered with.</param>
/// <param name="Statistics">Size and duration of the run.</param>
/// <param name="Warnings">Problems with the run itself (a failed restore, analyzer failures) that may hide findings.</param>
/// <param name="Loading">How the projects were loaded: by MSBuild, or by the source-level fallback and why.</param>
/// <param name="IncompleteProjects">Projects the audit could not see completely, with the reasons; empty when it saw everything.</param>
public sealed record AuditResult(
    ImmutableArray<AuditRule> Rules,
    ImmutableArray<AuditFinding> Findings,
    AuditSeverity MinimumSeverity,
    AuditStatistics Statistics,
    ImmutableArray<string> Warnings,
    AuditLoading Loading,
    ImmutableArray<IncompleteProject> IncompleteProjects)
{
    /// <summary>True when every project was loaded and bound as the build would: no finding can have been missed for lack of types.</summary>
    public bool IsComplete => IncompleteProjects.IsEmpty;

    /// <summary>Findings the baseline does not accept: these fail the audit.</summary>
    public IEnumerable<AuditFinding> NewFindings => Findings.Where(f => !f.IsBaselined);

    /// <summary>True when the audit saw every project completely and no finding fails it.</summary>
    public bool Passed => IsComplete && !NewFindings.Any();
}
