using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>
/// RMP2003: a request reads a whole table without a bound — in a GET endpoint, or in the request handler or query
/// service behind one (a MediatR <c>Handle</c>, a <c>…Queries</c> class): an EF Core query from a DbSet materialised
/// without <c>Take</c>, or a Dapper <c>Query</c> whose SQL has no <c>LIMIT</c>/<c>TOP</c>/<c>FETCH</c>. A query
/// filtered by a request value (<c>Where(o => o.CustomerId == id)</c>) or SQL with a <c>WHERE</c> is scoped, not unbounded.
/// In a project that loaded incompletely (EF Core's or the database driver's types do not bind) the same shapes are read
/// from the syntax, and the finding says so.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class BoundListEndpointsAnalyzer : EndpointAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.BoundListEndpoints,
        "Bound list endpoints",
        "The request reads '{0}' without a limit; one request can return the whole table{1}",
        RuleCategories.Api,
        DiagnosticSeverity.Warning,
        "Take a page: .Take(limit) with a capped limit (cursor pagination), and return the next cursor.");

    private static readonly HashSet<string> Materializers = new(StringComparer.Ordinal)
    {
        "ToList", "ToListAsync", "ToArray", "ToArrayAsync", "AsAsyncEnumerable", "AsEnumerable", "ToDictionary", "ToDictionaryAsync",
    };

    private const string Inferred = " (read from the code's shape: the project loaded incompletely and its data-access types do not bind)";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    protected override void OnCompilationStart(CompilationStartAnalysisContext context, Run run)
    {
        var symbols = run.Symbols;
        context.RegisterOperationBlockAction(c =>
        {
            if (c.OwningSymbol is IMethodSymbol method && IsReadHandler(method) && !EndpointDiscovery.IsControllerAction(method, symbols) &&
                c.OperationBlocks.FirstOrDefault(b => b is IMethodBodyOperation or IBlockOperation) is { } body)
            {
                Check(body, symbols, c.ReportDiagnostic, queryableReturnsAreRead: false);
            }
        });
    }

    protected override void AnalyzeEndpoint(Endpoint endpoint, Action<Diagnostic> report)
    {
        if (endpoint.Body is not null && endpoint.IsVerb("GET"))
        {
            Check(endpoint.Body, endpoint.Symbols, report, queryableReturnsAreRead: true);
        }
    }

    /// <summary>
    /// A method that serves a request behind an endpoint: <c>Handle</c>/<c>Execute</c> of a handler (a type named
    /// <c>…Handler</c> or implementing a <c>…Handler</c> interface), or a public method of a read-side type
    /// (<c>…Queries</c>, <c>…QueryService</c>, <c>…ReadService</c>, <c>…QueryHandler</c>) or a repository.
    /// </summary>
    private static bool IsReadHandler(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.ContainingType is not { } type)
        {
            return false;
        }

        if (method.Name is "Handle" or "HandleAsync" or "Execute" or "ExecuteAsync" &&
            (type.Name.EndsWith("Handler", StringComparison.Ordinal) || type.AllInterfaces.Any(i => i.Name.IndexOf("Handler", StringComparison.Ordinal) >= 0)))
        {
            return true;
        }

        return method.DeclaredAccessibility == Accessibility.Public &&
            (type.Name.EndsWith("Queries", StringComparison.Ordinal) || type.Name.EndsWith("QueryService", StringComparison.Ordinal) ||
             type.Name.EndsWith("ReadService", StringComparison.Ordinal) || type.Name.EndsWith("QueryHandler", StringComparison.Ordinal) ||
             type.Name.EndsWith("Repository", StringComparison.Ordinal));
    }

    private static void Check(IOperation body, KnownSymbols symbols, Action<Diagnostic> report, bool queryableReturnsAreRead)
    {
        foreach (var operation in body.DescendantsInSameScope())
        {
            if (operation is IInvocationOperation dapper && IsUnboundedDapperQuery(dapper) is { } sql)
            {
                report(Diagnostic.Create(Rule, Locations.NameAndArguments(dapper.Syntax), sql, string.Empty));
                continue;
            }

            if (UnresolvedCalls.TryGetCall(operation, out var call, out var name) && operation.SemanticModel is { } model &&
                UnresolvedRead(operation, call, name, model) is { } unresolved)
            {
                report(Diagnostic.Create(Rule, unresolved.Location, unresolved.What, Inferred));
                continue;
            }

            IOperation? query = operation switch
            {
                IInvocationOperation invocation when Materializers.Contains(invocation.TargetMethod.Name) => invocation,
                IReturnOperation { ReturnedValue: { } value } when queryableReturnsAreRead && symbols.IsQueryable(value.WalkDownConversions().Type) => value,
                _ => null,
            };
            if (query is null || symbols.DbSet is null)
            {
                continue;
            }

            var chain = QueryChain.Read(query, symbols);
            if (chain.StartsAtDbSet(symbols) && !chain.Contains(IsBound) && !IsScoped(chain) && chain.Root is { } root)
            {
                report(Diagnostic.Create(Rule, query.Syntax.GetLocation(), root.Syntax.ToString(), string.Empty));
            }
        }
    }

    private static bool IsBound(string method) =>
        method is "Take" or "TakeLast" or "TakeWhile" or "First" or "FirstOrDefault" or "Single" or "SingleOrDefault" ||
        method.IndexOf("Page", StringComparison.Ordinal) >= 0;

    /// <summary>A <c>Where</c> whose predicate reads something from outside the lambda: a parameter, a local, a field.</summary>
    private static bool IsScoped(QueryChain chain) =>
        chain.Calls.Any(c => c.TargetMethod.Name == "Where" && c.Arguments.Any(a =>
            Lambda(a.Value) is { } lambda && lambda.Body.Descendants().Any(o => o switch
            {
                IParameterReferenceOperation parameter => !SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, lambda.Symbol),
                ILocalReferenceOperation or IFieldReferenceOperation { Field.IsConst: false } => true,
                IPropertyReferenceOperation { Instance: IInstanceReferenceOperation } => true,
                _ => false,
            })));

    private static IAnonymousFunctionOperation? Lambda(IOperation value) =>
        value.WalkDownConversions() switch
        {
            IAnonymousFunctionOperation lambda => lambda,
            IDelegateCreationOperation creation => creation.Target.WalkDownConversions() as IAnonymousFunctionOperation,
            _ => null,
        };

    /// <summary>
    /// An unbound read in code whose types do not bind: a materialisation (<c>ToListAsync</c>…) of a chain rooted at a
    /// DbSet-like member, or Dapper's <c>Query</c>/<c>QueryAsync</c> on an unresolved connection type in code that uses Dapper.
    /// </summary>
    private static (Location Location, string What)? UnresolvedRead(IOperation invalid, InvocationExpressionSyntax call, string name, SemanticModel model)
    {
        if (Materializers.Contains(name))
        {
            var calls = UnresolvedCalls.Chain(call, out var root);
            var bounded = calls.Any(c => IsBound(UnresolvedCalls.NameOf(c)));
            var scoped = calls.Any(c => UnresolvedCalls.NameOf(c) == "Where" && c.ArgumentList.Arguments.Any(a => UnresolvedCalls.ReadsOutside(a.Expression, model)));
            return !bounded && !scoped && UnresolvedCalls.IsDbSetLike(root, model) ? (call.GetLocation(), root.ToString()) : null;
        }

        if (name is not ("Query" or "QueryAsync") || !UnresolvedCalls.HasUnresolvedReceiver(call, model) || !UsesDapper(call, model) ||
            call.ArgumentList.Arguments.FirstOrDefault(a => a.NameColon is null || a.NameColon.Name.Identifier.ValueText == "sql") is not { } argument)
        {
            return null;
        }

        var value = invalid.ChildOperations.FirstOrDefault(o => o.Syntax == argument.Expression) ?? model.GetOperation(argument.Expression);
        return value is not null && ListSql.Unbounded(value) is { } sql ? (Locations.NameAndArguments(call), sql) : null;
    }

    private static bool UsesDapper(SyntaxNode call, SemanticModel model) =>
        model.Compilation.GetTypeByMetadataName("Dapper.SqlMapper") is not null ||
        call.SyntaxTree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>()
            .Any(u => u.Name?.ToString() == "Dapper");

    /// <summary>The SQL of a Dapper list query with no row limit and no WHERE, or null.</summary>
    private static string? IsUnboundedDapperQuery(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        return method.ContainingType is { Name: "SqlMapper" } mapper && mapper.IsInNamespace("Dapper") &&
            method.Name is "Query" or "QueryAsync" &&
            invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "sql")?.Value is { } sqlArgument
            ? ListSql.Unbounded(sqlArgument)
            : null;
    }
}
