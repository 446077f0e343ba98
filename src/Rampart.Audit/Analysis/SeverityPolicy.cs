using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rampart.Audit.Configuration;

namespace Rampart.Audit.Analysis;

/// <summary>
/// The effective severity of a rule at a file, by precedence: <c>.rampart.json</c> rules, then .editorconfig /
/// .globalconfig severities for that path, then the rule's default (off when the rule is disabled by default).
/// </summary>
internal sealed class SeverityPolicy(ImmutableDictionary<string, DiagnosticDescriptor> descriptors, AuditConfiguration configuration, EditorConfigSeverities editorConfig)
{
    /// <summary>False when <c>.rampart.json</c> turns the rule off everywhere, so its analyzer need not run for it.</summary>
    public bool MayReport(string ruleId) => !configuration.Rules.TryGetValue(ruleId, out var severity) || severity is not null;

    /// <summary>The severity at the file, or null when the rule is off there.</summary>
    public AuditSeverity? Resolve(string ruleId, string filePath)
    {
        if (configuration.Rules.TryGetValue(ruleId, out var configured))
        {
            return configured;
        }

        var descriptor = descriptors.GetValueOrDefault(ruleId);
        var (found, severity) = editorConfig.For(filePath, ruleId, descriptor?.Category ?? string.Empty);
        if (found)
        {
            return severity;
        }

        if (descriptor is null)
        {
            return AuditSeverity.Warning;
        }

        return descriptor.IsEnabledByDefault && descriptor.DefaultSeverity != DiagnosticSeverity.Hidden
            ? AnalyzerCatalog.ToAuditSeverity(descriptor.DefaultSeverity)
            : null;
    }
}
