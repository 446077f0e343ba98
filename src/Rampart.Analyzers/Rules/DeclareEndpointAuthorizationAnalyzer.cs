using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>
/// RMP5003: an endpoint states neither who may call it nor that anyone may — minimal APIs, controller actions and the
/// methods of gRPC services mapped with <c>MapGrpcService&lt;T&gt;()</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DeclareEndpointAuthorizationAnalyzer : EndpointAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DeclareEndpointAuthorization,
        "Declare authorization on every endpoint",
        "The endpoint has neither authorization nor an explicit anonymous marker",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Add RequireAuthorization()/[Authorize] (or on its group), or AllowAnonymous()/[AllowAnonymous] when public by design; or set a fallback policy.",
        compilationEnd: true);

    private const string GlobalPolicy = "global";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    protected override bool DeferAll => true;

    protected override bool KeepAtEnd(Run run, Diagnostic diagnostic) =>
        !run.HasFlag(GlobalPolicy) && !(diagnostic.Properties.ContainsKey("controller") && run.HasFlag(GlobalPolicy + "-controllers"));

    protected override void OnCompilationStart(CompilationStartAnalysisContext context, Run run)
    {
        context.RegisterOperationAction(
            c =>
            {
                switch (c.Operation)
                {
                    case IPropertyReferenceOperation { Property.Name: "FallbackPolicy" } property
                        when property.Parent is ISimpleAssignmentOperation assignment && assignment.Target == property &&
                             assignment.Value.WalkDownConversions() is not ILiteralOperation:
                        run.SetFlag(GlobalPolicy);
                        break;
                    case IInvocationOperation { TargetMethod.Name: "SetFallbackPolicy" }:
                    case IObjectCreationOperation { Type.Name: "AuthorizeFilter" }:
                        run.SetFlag(GlobalPolicy);
                        break;
                    case IInvocationOperation { TargetMethod: { Name: "MapGrpcService", TypeArguments.Length: 1 } grpc } map:
                        AnalyzeGrpcService(map, grpc.TypeArguments[0] as INamedTypeSymbol, run);
                        break;
                    case IInvocationOperation { TargetMethod.Name: "RequireAuthorization" } require
                        when require.GetInstance()?.WalkDownConversions() is IInvocationOperation { TargetMethod.Name: "MapControllers" or "MapDefaultControllerRoute" or "MapControllerRoute" }:
                        run.SetFlag(GlobalPolicy + "-controllers");
                        break;
                }
            },
            OperationKind.PropertyReference,
            OperationKind.Invocation,
            OperationKind.ObjectCreation);
    }

    protected override void AnalyzeEndpoint(Endpoint endpoint, Action<Diagnostic> report)
    {
        if (HasAuthorizationAttribute(endpoint.Handler, endpoint.Symbols))
        {
            return;
        }

        if (endpoint.MapCall is { } map)
        {
            var conventions = RouteConventions.Read(map);
            if (conventions.GroupFromParameter ||
                conventions.Any(n => n is "RequireAuthorization" or "AllowAnonymous" || n.StartsWith("Authorize", StringComparison.Ordinal)))
            {
                return;
            }

            report(Diagnostic.Create(Rule, endpoint.Location));
            return;
        }

        for (var type = endpoint.Handler.ContainingType; type is not null; type = type.BaseType)
        {
            if (HasAuthorizationAttribute(type, endpoint.Symbols))
            {
                return;
            }
        }

        report(Diagnostic.Create(Rule, endpoint.Location, ImmutableDictionary<string, string?>.Empty.Add("controller", "true")));
    }

    /// <summary>Each RPC of a mapped gRPC service with no decision on the mapping, the service type or the method.</summary>
    private static void AnalyzeGrpcService(IInvocationOperation map, INamedTypeSymbol? service, Run run)
    {
        var conventions = RouteConventions.Read(map);
        if (service is null || conventions.GroupFromParameter ||
            conventions.Any(n => n is "RequireAuthorization" or "AllowAnonymous" || n.StartsWith("Authorize", StringComparison.Ordinal)))
        {
            return;
        }

        for (var type = service; type is not null; type = type.BaseType)
        {
            if (HasAuthorizationAttribute(type, run.Symbols))
            {
                return;
            }
        }

        foreach (var method in service.GetMembers().OfType<IMethodSymbol>())
        {
            if (method is { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public } &&
                method.Parameters.Any(p => p.Type.Name == "ServerCallContext") && !HasAuthorizationAttribute(method, run.Symbols) &&
                method.Locations.FirstOrDefault(l => l.IsInSource) is { } location)
            {
                run.Defer(Diagnostic.Create(Rule, location));
            }
        }
    }

    private static bool HasAuthorizationAttribute(ISymbol symbol, KnownSymbols symbols) =>
        symbol.HasAttribute(c =>
            symbols.AuthorizeData is not null || symbols.AllowAnonymous is not null
                ? c.Implements(symbols.AuthorizeData) || c.Implements(symbols.AllowAnonymous)
                : c.Name is "AuthorizeAttribute" or "AllowAnonymousAttribute");
}
