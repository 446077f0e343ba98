using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support;

/// <summary>Recognises minimal-API <c>Map*</c> registrations and MVC controller actions.</summary>
internal static class EndpointDiscovery
{
    private static readonly string[] HttpVerbs = ["Get", "Post", "Put", "Delete", "Patch"];

    /// <summary>True for <c>MapGet</c>/<c>MapPost</c>/… on an endpoint route builder; gives the verb (null for Map/MapMethods).</summary>
    public static bool IsMapCall(IInvocationOperation invocation, KnownSymbols symbols, out string? verb)
    {
        verb = null;
        var method = invocation.TargetMethod.Unreduced();
        if (method.Name is not ("Map" or "MapGet" or "MapPost" or "MapPut" or "MapDelete" or "MapPatch" or "MapMethods") ||
            !method.IsExtensionMethod || method.Parameters.Length < 3)
        {
            return false;
        }

        var receiver = method.Parameters[0].Type;
        var onRouteBuilder = symbols.EndpointRouteBuilder is not null
            ? receiver.Implements(symbols.EndpointRouteBuilder)
            : receiver.Name is "IEndpointRouteBuilder" or "WebApplication" or "RouteGroupBuilder";
        if (!onRouteBuilder || GetHandlerArgument(invocation) is null)
        {
            return false;
        }

        verb = method.Name.Length > 3 && Array.IndexOf(HttpVerbs, method.Name.Substring(3)) >= 0
            ? method.Name.Substring(3).ToUpperInvariant()
            : null;
        return true;
    }

    /// <summary>The delegate argument of a <c>Map*</c> call, unwrapped to the lambda or method reference.</summary>
    public static IOperation? GetHandlerArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type is { TypeKind: TypeKind.Delegate } or { Name: "Delegate" })
            {
                var value = argument.Value.WalkDownConversions();
                if (value is IDelegateCreationOperation creation)
                {
                    value = creation.Target.WalkDownConversions();
                }

                if (value is IAnonymousFunctionOperation or IMethodReferenceOperation)
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>True for a public instance method of a controller that MVC would route to.</summary>
    public static bool IsControllerAction(IMethodSymbol method, KnownSymbols symbols) =>
        method is { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public, IsGenericMethod: false } &&
        symbols.IsController(method.ContainingType) &&
        !method.HasAttributeNamed("NonAction") &&
        method.ContainingType.GetMembers().Contains(method, SymbolEqualityComparer.Default);

    /// <summary>The verb of a controller action from its <c>[HttpX]</c> attribute, or null.</summary>
    public static string? GetActionVerb(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            var name = attribute.AttributeClass?.Name;
            foreach (var verb in HttpVerbs)
            {
                if (name == "Http" + verb + "Attribute")
                {
                    return verb.ToUpperInvariant();
                }
            }
        }

        return null;
    }
}
