using Microsoft.CodeAnalysis;

namespace Rampart.Analyzers;

/// <summary>The single place where Rampart's <see cref="DiagnosticDescriptor"/>s are created.</summary>
internal static class RuleDescriptors
{
    /// <summary>The product's source repository: the one address reports, packages and help links are built from.</summary>
    public const string RepositoryUrl = "https://github.com/rampart-toolkit/rampart";

    /// <summary>The folder of the rule pages in the repository (and, as <c>rules/</c>, inside the rampart tool).</summary>
    public const string RulesDocsPath = "docs/rules/";

    /// <summary>Where the rule pages live; the page of rule X is <c>{HelpLinkBase}X.md</c>.</summary>
    public const string HelpLinkBase = RepositoryUrl + "/blob/main/" + RulesDocsPath;

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
