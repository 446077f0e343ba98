using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support;

/// <summary>
/// Data-access calls that did not bind because the project loaded incompletely: when a package does not restore, EF
/// Core's or an ADO.NET provider's types are error types, and a call on them is an invalid operation that keeps only its
/// syntax. The rules then read the call from its shape and from the names the compilation does resolve.
/// </summary>
internal static class UnresolvedCalls
{
    /// <summary>The unresolved <c>receiver.Name(…)</c> call an invalid operation stands for, with the called name.</summary>
    public static bool TryGetCall(IOperation operation, out InvocationExpressionSyntax call, out string name)
    {
        call = null!;
        name = string.Empty;
        if (operation is not IInvalidOperation { Syntax: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation })
        {
            return false;
        }

        call = invocation;
        name = access.Name.Identifier.ValueText;
        return true;
    }

    /// <summary>The calls of a method chain below <paramref name="call"/> (outermost first) and the expression it starts from.</summary>
    public static IReadOnlyList<InvocationExpressionSyntax> Chain(InvocationExpressionSyntax call, out ExpressionSyntax root)
    {
        var calls = new List<InvocationExpressionSyntax>();
        ExpressionSyntax current = call;
        while (current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation && !IsSetCall(invocation))
        {
            calls.Add(invocation);
            current = access.Expression;
        }

        root = current;
        return calls;
    }

    public static string NameOf(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : string.Empty;

    /// <summary>
    /// True when a chain's root is a table: a member typed <c>DbSet&lt;T&gt;</c> (resolved or not), <c>context.Set&lt;T&gt;()</c>,
    /// or a member that did not bind on a receiver whose type is a DbContext or an unresolved <c>…Context</c>.
    /// </summary>
    public static bool IsDbSetLike(ExpressionSyntax root, SemanticModel model)
    {
        if (IsSetCall(root))
        {
            return root is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax set } && IsContextLike(model.GetTypeInfo(set.Expression).Type);
        }

        var type = model.GetSymbolInfo(root).Symbol switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };
        if (type is not null)
        {
            return type.Name is "DbSet" or "IDbSet";
        }

        return root is MemberAccessExpressionSyntax { Expression: var receiver } && IsContextLike(model.GetTypeInfo(receiver).Type);
    }

    /// <summary>
    /// True when an argument reads something from outside its lambdas — a parameter, a local, a field, <c>this</c> — or a
    /// name that does not resolve (which cannot be told apart from one, so the query counts as scoped).
    /// </summary>
    public static bool ReadsOutside(ExpressionSyntax argument, SemanticModel model)
    {
        var own = new HashSet<string>(argument.DescendantNodesAndSelf().OfType<ParameterSyntax>().Select(p => p.Identifier.ValueText), StringComparer.Ordinal);
        if (argument.DescendantNodesAndSelf().OfType<ThisExpressionSyntax>().Any())
        {
            return true;
        }

        foreach (var identifier in argument.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (own.Contains(identifier.Identifier.ValueText) ||
                identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier)
            {
                continue;
            }

            var symbol = model.GetSymbolInfo(identifier).Symbol;
            if (symbol is null or ILocalSymbol or IParameterSymbol or IFieldSymbol { IsConst: false } or IPropertySymbol { IsStatic: false })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the receiver of a call is an unresolved type, so the call's own method cannot be known.</summary>
    public static bool HasUnresolvedReceiver(InvocationExpressionSyntax call, SemanticModel model) =>
        call.Expression is MemberAccessExpressionSyntax access && model.GetTypeInfo(access.Expression).Type is null or IErrorTypeSymbol;

    private static bool IsSetCall(ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "Set" } }, ArgumentList.Arguments.Count: 0 };

    private static bool IsContextLike(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name.EndsWith("DbContext", StringComparison.Ordinal) ||
                current is IErrorTypeSymbol && current.Name.EndsWith("Context", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
