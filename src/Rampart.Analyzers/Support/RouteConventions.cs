using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support;

/// <summary>
/// The conventions applied to a minimal-API endpoint: calls chained on the <c>Map*</c> call, on its receiver chain,
/// and on a route-group local declared in the same method (<c>var api = app.MapGroup("x").RequireAuthorization();</c>).
/// </summary>
internal sealed class RouteConventions
{
    private RouteConventions(HashSet<string> names, bool groupFromParameter)
    {
        Names = names;
        GroupFromParameter = groupFromParameter;
    }

    /// <summary>Method names and generic type-argument names seen in the conventions.</summary>
    public HashSet<string> Names { get; }

    /// <summary>True when the endpoint hangs off a builder passed in as a parameter, whose conventions the caller sets.</summary>
    public bool GroupFromParameter { get; }

    public bool Any(Func<string, bool> predicate) => Names.Any(predicate);

    public static RouteConventions Read(IInvocationOperation map)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var parent = map.Parent; parent is IInvocationOperation or IConversionOperation or IArgumentOperation; parent = parent.Parent)
        {
            if (parent is IInvocationOperation chained && chained.GetInstance()?.WalkDownConversions() is { } instance &&
                instance.Syntax.SpanStart == map.Syntax.SpanStart)
            {
                AddCall(chained.TargetMethod, names);
            }
        }

        var groupFromParameter = false;
        var receiver = map.GetInstance()?.WalkDownConversions();
        while (receiver is IInvocationOperation call)
        {
            AddCall(call.TargetMethod, names);
            receiver = call.GetInstance()?.WalkDownConversions();
        }

        switch (receiver)
        {
            case IParameterReferenceOperation parameter when parameter.Parameter.Type.Name != "WebApplication":
                groupFromParameter = true;
                break;
            case ILocalReferenceOperation local:
                groupFromParameter = ReadLocal(local.Local, map.Syntax, names);
                break;
        }

        return new RouteConventions(names, groupFromParameter);
    }

    private static void AddCall(IMethodSymbol method, HashSet<string> names)
    {
        names.Add(method.Name);
        foreach (var argument in method.TypeArguments)
        {
            names.Add(argument.Name);
        }
    }

    /// <summary>Reads, by syntax, the initializer of a group local and calls made on it; true when it derives from a parameter.</summary>
    private static bool ReadLocal(ILocalSymbol local, SyntaxNode site, HashSet<string> names)
    {
        var fromParameter = false;
        foreach (var reference in local.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer })
            {
                foreach (var invocation in initializer.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
                {
                    AddName(invocation, names);
                }

                var root = initializer.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().FirstOrDefault()?.Identifier.ValueText;
                fromParameter = root is not null && site.Ancestors().SelectMany(ParametersOf)
                    .Any(p => p.Identifier.ValueText == root && p.Type?.ToString() != "WebApplication");
            }
        }

        var scope = site.Ancestors().FirstOrDefault(a => a is BlockSyntax or CompilationUnitSyntax);
        if (scope is not null)
        {
            foreach (var invocation in scope.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (invocation.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target } &&
                    target.Identifier.ValueText == local.Name)
                {
                    AddName(invocation, names);
                }
            }
        }

        return fromParameter;
    }

    private static IEnumerable<ParameterSyntax> ParametersOf(SyntaxNode node) =>
        node switch
        {
            BaseMethodDeclarationSyntax method => method.ParameterList.Parameters,
            LocalFunctionStatementSyntax local => local.ParameterList.Parameters,
            ParenthesizedLambdaExpressionSyntax lambda => lambda.ParameterList.Parameters,
            SimpleLambdaExpressionSyntax lambda => [lambda.Parameter],
            _ => [],
        };

    private static void AddName(InvocationExpressionSyntax invocation, HashSet<string> names)
    {
        var name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name,
            SimpleNameSyntax simple => simple,
            _ => null,
        };
        if (name is null)
        {
            return;
        }

        names.Add(name.Identifier.ValueText);
        if (name is GenericNameSyntax generic)
        {
            foreach (var argument in generic.TypeArgumentList.Arguments)
            {
                names.Add(argument.ToString());
            }
        }
    }
}
