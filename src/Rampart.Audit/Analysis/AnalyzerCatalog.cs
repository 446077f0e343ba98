using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Rampart.Analyzers;

namespace Rampart.Audit.Analysis;

/// <summary>Rampart's analyzers, and the rules any set of analyzers reports, as the audit's reports describe them.</summary>
public static class AnalyzerCatalog
{
    /// <summary>Rampart's own analyzers (<see cref="RampartAnalyzers.All"/>).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Rampart => RampartAnalyzers.All;

    /// <summary>
    /// The rules the analyzers report, one per diagnostic id, sorted by id. A descriptor's description is the rule's
    /// one-line fix (its first sentence when longer), as Rampart's descriptors are written.
    /// </summary>
    public static ImmutableArray<AuditRule> RulesOf(IEnumerable<DiagnosticAnalyzer> analyzers)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        return [.. analyzers
            .SelectMany(a => a.SupportedDiagnostics)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => Describe(g.First()))
            .OrderBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <summary>Maps a compiler severity to an audit severity (hidden counts as info).</summary>
    public static AuditSeverity ToAuditSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => AuditSeverity.Error,
        DiagnosticSeverity.Warning => AuditSeverity.Warning,
        _ => AuditSeverity.Info,
    };

    private static AuditRule Describe(DiagnosticDescriptor descriptor)
    {
        var title = descriptor.Title.ToString(CultureInfo.InvariantCulture);
        var fix = OneLine(descriptor.Description.ToString(CultureInfo.InvariantCulture))
            ?? (descriptor.HelpLinkUri is { Length: > 0 } help ? $"See {help}." : title);
        var helpUri = Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out var uri) ? uri : null;
        return new AuditRule(descriptor.Id, title, descriptor.Category, ToAuditSeverity(descriptor.DefaultSeverity), helpUri, fix);
    }

    private static string? OneLine(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return (text.Length <= 200 && !text.Contains('\n', StringComparison.Ordinal)) || end < 0 ? text : text[..(end + 1)];
    }
}
