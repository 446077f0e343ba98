using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support;

/// <summary>One HTTP endpoint: a minimal-API handler or an MVC controller action.</summary>
internal sealed class Endpoint(
    IMethodSymbol handler,
    IOperation? body,
    string? httpMethod,
    IInvocationOperation? mapCall,
    KnownSymbols symbols)
{
    /// <summary>The handler: a lambda, a method group target or a controller action.</summary>
    public IMethodSymbol Handler { get; } = handler;

    /// <summary>The handler's body, when its source is in this compilation.</summary>
    public IOperation? Body { get; } = body;

    /// <summary>GET, POST, PUT, PATCH, DELETE, or <see langword="null"/> when any verb or unknown.</summary>
    public string? HttpMethod { get; } = httpMethod;

    /// <summary>The <c>Map*</c> call for minimal APIs; <see langword="null"/> for controller actions.</summary>
    public IInvocationOperation? MapCall { get; } = mapCall;

    public KnownSymbols Symbols { get; } = symbols;

    public bool IsController => MapCall is null;

    public bool IsVerb(string verb) => HttpMethod is null || string.Equals(HttpMethod, verb, StringComparison.Ordinal);

    /// <summary>The symbol's own location when it is in source (a parameter, say), otherwise the endpoint's.</summary>
    public Location LocationOf(ISymbol symbol) =>
        symbol.Locations.FirstOrDefault(l => l.IsInSource) is { SourceTree: { } tree } location && Symbols.Compilation.ContainsSyntaxTree(tree)
            ? location
            : Location;

    /// <summary>Where to report a finding about the endpoint as a whole: the route pattern or the action's name.</summary>
    public Location Location =>
        MapCall is { Arguments.Length: > 1 } map
            ? map.Arguments[1].Syntax.GetLocation()
            : Handler.Locations.FirstOrDefault() ?? Location.None;
}
