namespace Rampart.Audit.Analysis;

/// <summary>A finding before its occurrence index and fingerprint are known.</summary>
internal sealed record RawFinding(
    string RuleId,
    AuditSeverity Severity,
    string Message,
    string Path,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string LineText,
    string Member);
