using Microsoft.CodeAnalysis;

namespace Rampart.Analyzers.Support;

/// <summary>Small symbol helpers shared by the rules.</summary>
internal static class SymbolExtensions
{
    public static bool InheritsFrom(this ITypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Implements(this ITypeSymbol? type, INamedTypeSymbol? @interface) =>
        type is not null && @interface is not null &&
        (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, @interface) ||
         type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, @interface)));

    public static string FullNamespace(this ISymbol symbol) =>
        symbol.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;

    public static bool IsInNamespace(this ISymbol? symbol, string prefix)
    {
        var ns = symbol?.FullNamespace();
        return ns is not null && (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal));
    }

    /// <summary>The method an extension call was written against, so reduced and static calls look the same.</summary>
    public static IMethodSymbol Unreduced(this IMethodSymbol method) => method.ReducedFrom ?? method;

    public static bool HasAttribute(this ISymbol symbol, Func<INamedTypeSymbol, bool> predicate) =>
        symbol.GetAttributes().Any(a => a.AttributeClass is { } c && predicate(c));

    public static bool HasAttributeNamed(this ISymbol symbol, string name) =>
        symbol.HasAttribute(c => c.Name == name || c.Name == name + "Attribute");

    /// <summary>True for the generated entry point of top-level statements and for <c>Main</c> methods.</summary>
    public static bool IsEntryPoint(this ISymbol? symbol)
    {
        for (var current = symbol; current is not null; current = current.ContainingSymbol)
        {
            if (current is IMethodSymbol { Name: "Main" or "<Main>$", IsStatic: true })
            {
                return true;
            }
        }

        return false;
    }
}
