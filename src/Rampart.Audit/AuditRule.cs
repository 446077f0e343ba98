namespace Rampart.Audit;

/// <summary>One rule the audit ran, as reports describe it.</summary>
/// <param name="Id">The diagnostic id, for example <c>RMP0101</c>.</param>
/// <param name="Title">A short title.</param>
/// <param name="Category">The rule family (architecture, HTTP/API, data, resilience, security…).</param>
/// <param name="DefaultSeverity">The severity the rule has when no configuration changes it.</param>
/// <param name="HelpUri">Where the rule is documented, or null.</param>
/// <param name="Fix">One line saying how to fix a finding.</param>
public sealed record AuditRule(string Id, string Title, string Category, AuditSeverity DefaultSeverity, Uri? HelpUri, string Fix);
