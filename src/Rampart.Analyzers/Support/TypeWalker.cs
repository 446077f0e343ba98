using Microsoft.CodeAnalysis;

namespace Rampart.Analyzers.Support;

/// <summary>Enumerates every named type under a namespace, nested types included.</summary>
internal static class TypeWalker
{
    public static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol root)
    {
        var namespaces = new Stack<INamespaceSymbol>();
        namespaces.Push(root);
        while (namespaces.Count > 0)
        {
            var ns = namespaces.Pop();
            foreach (var child in ns.GetNamespaceMembers())
            {
                namespaces.Push(child);
            }

            var types = new Stack<INamedTypeSymbol>(ns.GetTypeMembers());
            while (types.Count > 0)
            {
                var type = types.Pop();
                yield return type;
                foreach (var nested in type.GetTypeMembers())
                {
                    types.Push(nested);
                }
            }
        }
    }

    /// <summary>Collects the type and, recursively, its type arguments and array element types.</summary>
    public static IEnumerable<ITypeSymbol> SelfAndTypeArguments(ITypeSymbol? type)
    {
        if (type is null)
        {
            yield break;
        }

        yield return type;
        var inner = type switch
        {
            IArrayTypeSymbol array => new[] { array.ElementType },
            INamedTypeSymbol { IsGenericType: true } named => (IEnumerable<ITypeSymbol>)named.TypeArguments,
            _ => Enumerable.Empty<ITypeSymbol>(),
        };
        foreach (var argument in inner)
        {
            foreach (var nested in SelfAndTypeArguments(argument))
            {
                yield return nested;
            }
        }
    }
}
