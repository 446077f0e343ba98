namespace Rampart.Audit.Baseline;

/// <summary>One accepted finding.</summary>
/// <param name="Fingerprint">What the baseline matches on.</param>
/// <param name="RuleId">The rule, for readers of the file.</param>
/// <param name="Path">The root-relative file, for readers of the file.</param>
/// <param name="Message">The message when accepted, for readers of the file.</param>
public sealed record BaselineEntry(string Fingerprint, string RuleId, string Path, string Message);
