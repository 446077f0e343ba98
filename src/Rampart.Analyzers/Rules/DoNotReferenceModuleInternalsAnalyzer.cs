using System.Collections.Concurrent;
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
        context.RegisterCompilationStartAction(start =>
        {
            // Module membership is read once per namespace, not once per identifier.
            var modules = new ConcurrentDictionary<INamespaceSymbol, (string Module, string Area)?>(SymbolEqualityComparer.Default);
            start.RegisterSyntaxNodeAction(c => Analyze(c, modules), SyntaxKind.IdentifierName, SyntaxKind.GenericName);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, ConcurrentDictionary<INamespaceSymbol, (string Module, string Area)?> modules)
    {
        var name = (SimpleNameSyntax)context.Node;
        if (name.Parent is QualifiedNameSyntax { Left: var left } && left == name || IsInvoked(name))
        {
            return;
        }

        var current = ModuleOf(context.ContainingSymbol?.ContainingNamespace, modules);
        if (current is null || InUsingOrNamespaceName(name) ||
            context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol is not INamedTypeSymbol type)
        {
            return;
        }

        var target = ModuleOf(type.ContainingNamespace, modules);
        if (target is null || string.Equals(target.Value.Module, current.Value.Module, StringComparison.Ordinal) || ModuleNames.IsPublicArea(target.Value.Area))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, name.GetLocation(), current.Value.Module, type.Name, target.Value.Module));
    }

    private static (string Module, string Area)? ModuleOf(INamespaceSymbol? ns, ConcurrentDictionary<INamespaceSymbol, (string Module, string Area)?> modules) =>
        ns is null || ns.IsGlobalNamespace ? null : modules.GetOrAdd(ns, n => ModuleNames.Of(n.ToDisplayString()));

    /// <summary>A method being called (<c>Foo()</c>, <c>x.Foo()</c>) never names a type; skipped before asking the model.</summary>
    private static bool IsInvoked(SimpleNameSyntax name) =>
        name.Parent is InvocationExpressionSyntax { Expression: var callee } && callee == name ||
        name.Parent is MemberAccessExpressionSyntax { Name: var member } access && member == name &&
        access.Parent is InvocationExpressionSyntax { Expression: var target } && target == access;

    /// <summary>
    /// True inside a using directive or a namespace declaration's name. Both sit above every member and statement, so
    /// the walk stops at the first one instead of climbing to the root for each identifier.
    /// </summary>
    private static bool InUsingOrNamespaceName(SyntaxNode name)
    {
        for (var node = name.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case UsingDirectiveSyntax:
                    return true;
                case BaseNamespaceDeclarationSyntax ns:
                    return ns.Name.Span.Contains(name.Span);
                case MemberDeclarationSyntax or StatementSyntax:
                    return false;
            }
        }

        return false;
    }
}
