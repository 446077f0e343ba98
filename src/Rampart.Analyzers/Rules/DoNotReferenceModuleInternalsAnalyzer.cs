using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP1002: one module reaching into another module's internals couples their release cycles.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNotReferenceModuleInternalsAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DoNotReferenceModuleInternals,
        "Do not reference another module's internals",
        "Module '{0}' uses '{1}' from the internals of module '{2}'",
        RuleCategories.Architecture,
        DiagnosticSeverity.Warning,
        "Depend on the other module's public contract (its Contracts namespace: queries, commands, integration events), never on its domain or infrastructure.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.IdentifierName, SyntaxKind.GenericName);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var name = (SimpleNameSyntax)context.Node;
        if (name.Parent is QualifiedNameSyntax { Left: var left } && left == name ||
            name.Ancestors().Any(a => a is UsingDirectiveSyntax || (a is BaseNamespaceDeclarationSyntax ns && ns.Name.Span.Contains(name.Span))))
        {
            return;
        }

        var current = ModuleNames.Of(context.ContainingSymbol?.ContainingNamespace?.ToDisplayString());
        if (current is null || context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol is not INamedTypeSymbol type)
        {
            return;
        }

        var target = ModuleNames.Of(type.FullNamespace());
        if (target is null || string.Equals(target.Value.Module, current.Value.Module, StringComparison.Ordinal) || ModuleNames.IsPublicArea(target.Value.Area))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, name.GetLocation(), current.Value.Module, type.Name, target.Value.Module));
    }
}
