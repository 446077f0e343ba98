namespace Rampart.Audit;

/// <summary>How serious a finding is; ordered, so a threshold compares with <c>&gt;=</c>.</summary>
public enum AuditSeverity
{
    /// <summary>Worth knowing; SARIF level <c>note</c>.</summary>
    Info = 0,

    /// <summary>Should be fixed; SARIF level <c>warning</c>.</summary>
    Warning = 1,

    /// <summary>Must be fixed; SARIF level <c>error</c>.</summary>
    Error = 2,
}
