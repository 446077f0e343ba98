namespace Rampart.Audit;

/// <summary>One finding: a rule that fired at a place in a file.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Severity">The effective severity after configuration.</param>
/// <param name="Message">The analyzer's message.</param>
/// <param name="Path">The file, relative to the audit root, with forward slashes.</param>
/// <param name="Line">1-based start line.</param>
/// <param name="Column">1-based start column.</param>
/// <param name="EndLine">1-based end line.</param>
/// <param name="EndColumn">1-based end column.</param>
/// <param name="Fingerprint">A stable identity that survives line moves (see <see cref="Baseline.FindingFingerprint"/>).</param>
/// <param name="IsBaselined">True when the baseline accepts this finding, so it does not fail the audit.</param>
public sealed record AuditFinding(
    string RuleId,
    AuditSeverity Severity,
    string Message,
    string Path,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Fingerprint,
    bool IsBaselined = false);
