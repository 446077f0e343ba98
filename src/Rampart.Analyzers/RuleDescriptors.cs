using Microsoft.CodeAnalysis;

namespace Rampart.Analyzers;

/// <summary>The single place where Rampart's <see cref="DiagnosticDescriptor"/>s are created.</summary>
internal static class RuleDescriptors
{
    /// <summary>Where the rule pages live; the page of rule X is <c>{HelpLinkBase}X.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/rampart-toolkit/rampart/blob/main/docs/rules/";

    /// <summary>Custom tag Roslyn uses for diagnostics reported when the whole compilation has been seen.</summary>
    public const string CompilationEndTag = "CompilationEnd";

    /// <summary>Creates a descriptor; <paramref name="fix"/> is the one-line "how to fix" and becomes the description.</summary>
    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity severity,
        string fix,
        bool compilationEnd = false)
    {
        var tags = compilationEnd ? new[] { "Rampart", CompilationEndTag } : new[] { "Rampart" };
        return new DiagnosticDescriptor(
            id,
            title,
            messageFormat,
            category,
            severity,
            isEnabledByDefault: true,
            description: fix,
            helpLinkUri: HelpLinkBase + id + ".md",
            customTags: tags);
    }
}
