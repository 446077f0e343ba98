using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>
/// RMP3010: N+1 in GraphQL — a field resolver of a GraphQL.NET object type (a builder's resolver lambda or method group,
/// a schema-first resolver class's method, an auto-registered type's method) that makes a database round trip itself
/// runs once per parent object of a list (100 orders, 100 queries for their items). Resolvers that ask a DataLoader, root
/// Query/Mutation/Subscription fields (they run once per request) and resolvers that read the parent's loaded properties
/// are fine. Reported at the end of the compilation, once the schema's root types are known.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class LoadRelatedDataThroughDataLoaderAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.LoadRelatedDataThroughDataLoader,
        "Load related data in GraphQL resolvers through a DataLoader",
        "'{0}' in the resolver of field '{1}' on {2} runs once per parent object (N+1 round trips); load it through a DataLoader",
        RuleCategories.Data,
        DiagnosticSeverity.Warning,
        "Ask a DataLoader for the parent's key (context.LoadOne/LoadMany of Rampart.AspNetCore.GraphQL, or GraphQL.NET's IDataLoaderContextAccessor) so one query serves the whole level.",
        compilationEnd: true);

    /// <summary>Builder calls that set a field's resolver: FieldBuilder, ConnectionBuilder and GraphQL.MicrosoftDI's ResolverBuilder.</summary>
    private static readonly HashSet<string> ResolveMethods = new(StringComparer.Ordinal)
    {
        "Resolve", "ResolveAsync", "ResolveDelegate", "ResolveStream", "ResolveStreamAsync", "ResolveScoped", "ResolveScopedAsync",
    };

    /// <summary>The graph type's calls that declare a field.</summary>
    private static readonly HashSet<string> FieldMethods = new(StringComparer.Ordinal) { "Field", "FieldAsync", "FieldDelegate", "Connection" };

    /// <summary>DataLoader entry points, by name for when their types do not resolve.</summary>
    private static readonly HashSet<string> LoaderMethods = new(StringComparer.Ordinal)
    {
        "LoadOne", "LoadMany", "GetOrAddBatchLoader", "GetOrAddCollectionBatchLoader", "GetOrAddLoader",
    };

    private static readonly HashSet<string> GraphTypeBases = new(StringComparer.Ordinal)
    {
        "ObjectGraphType", "ComplexGraphType", "InterfaceGraphType", "AutoRegisteringObjectGraphType",
    };

    private static readonly string[] RootSuffixes = ["Query", "Queries", "Mutation", "Mutations", "Subscription", "Subscriptions"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.For(start.Compilation);
            var roots = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
            var findings = new ConcurrentBag<(Query Query, Resolver Resolver)>();
            var methodResolvers = new ConcurrentBag<(IMethodSymbol Method, Resolver Resolver)>();
            var queryingMethods = new ConcurrentDictionary<IMethodSymbol, ConcurrentBag<Query>>(SymbolEqualityComparer.Default);
            var autoRegistered = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);

            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    CollectAutoRegistered(invocation.TargetMethod.TypeArguments, autoRegistered);
                    if (DatabaseCalls.IsDatabaseCall(invocation, symbols))
                    {
                        AnalyzeQuery(c, invocation, findings, queryingMethods);
                    }
                },
                OperationKind.Invocation);
            start.RegisterOperationAction(c => CollectAutoRegistered([c.Operation.Type!], autoRegistered), OperationKind.ObjectCreation);
            start.RegisterSymbolAction(c => CollectAutoRegistered([((INamedTypeSymbol)c.Symbol).BaseType!], autoRegistered), SymbolKind.NamedType);
            start.RegisterOperationAction(
                c =>
                {
                    if (ReturnedQuery((IReturnOperation)c.Operation, symbols) is { } query)
                    {
                        AnalyzeQuery(c, query, findings, queryingMethods);
                    }
                },
                OperationKind.Return);
            start.RegisterOperationAction(c => CollectRoot(c, roots), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(
                c =>
                {
                    var reference = (IMethodReferenceOperation)c.Operation;
                    if (reference.Syntax is ExpressionSyntax syntax && ResolverOf(syntax, reference.SemanticModel!, c.ContainingSymbol) is { } resolver)
                    {
                        methodResolvers.Add((reference.Method.OriginalDefinition, resolver));
                    }
                },
                OperationKind.MethodReference);
            start.RegisterCompilationEndAction(end =>
            {
                var reported = new HashSet<(Location, string)>();
                var all = findings
                    .Concat(methodResolvers.SelectMany(m =>
                        queryingMethods.TryGetValue(m.Method, out var queries) ? queries.Select(query => (query, m.Resolver)) : []))
                    .Concat(queryingMethods.SelectMany(m => AutoRegisteredResolver(m.Key, autoRegistered, roots) is { } resolver
                        ? m.Value.Select(query => (query, resolver))
                        : []));
                foreach (var (query, resolver) in all)
                {
                    if (IsPerParent(resolver, roots) && reported.Add((query.Location, resolver.Field)))
                    {
                        end.ReportDiagnostic(Diagnostic.Create(Rule, query.Location, query.Name, resolver.Field, resolver.TypeName ?? resolver.GraphType!.Name));
                    }
                }
            });
        });
    }

    /// <summary>
    /// A database round trip — a call, or a query returned for GraphQL to run: reported when the resolver it is written
    /// in runs per parent; remembered per method for method groups.
    /// </summary>
    private static void AnalyzeQuery(
        OperationAnalysisContext context,
        IOperation operation,
        ConcurrentBag<(Query, Resolver)> findings,
        ConcurrentDictionary<IMethodSymbol, ConcurrentBag<Query>> queryingMethods)
    {
        var query = new Query(Locations.NameAndArguments(operation.Syntax), NameOf(operation));
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IAnonymousFunctionOperation lambda:
                    switch (RoleOf(lambda, context.ContainingSymbol, out var resolver))
                    {
                        case LambdaRole.Resolver:
                            findings.Add((query, resolver!));
                            return;
                        case LambdaRole.DataLoaderFetch or LambdaRole.ExpressionTree:
                            return;
                    }

                    break;
                case ILocalFunctionOperation:
                    return;
            }
        }

        if (context.ContainingSymbol is IMethodSymbol method)
        {
            queryingMethods.GetOrAdd(method.OriginalDefinition, _ => []).Add(query);
            if (SchemaFirstResolver(method) is { } resolver)
            {
                findings.Add((query, resolver));
            }
        }
    }

    /// <summary>
    /// A query over a table handed back unexecuted (<c>context => db.Items.Where(i => i.OrderId == context.Source.Id)</c>):
    /// GraphQL enumerates it, one round trip per parent.
    /// </summary>
    private static IOperation? ReturnedQuery(IReturnOperation @return, KnownSymbols symbols)
    {
        if (@return.ReturnedValue?.WalkDownConversions() is not { } value || !(symbols.IsQueryable(value.Type) || symbols.IsDbSet(value.Type)))
        {
            return null;
        }

        return symbols.IsDbSet(value.Type) || QueryChain.Read(value, symbols).StartsAtDbSet(symbols) ? value : null;
    }

    private static string NameOf(IOperation query) =>
        query switch
        {
            IInvocationOperation invocation => invocation.TargetMethod.Name,
            IPropertyReferenceOperation property => property.Property.Name,
            _ => query.Syntax.ToString(),
        };

    /// <summary>
    /// A type the schema uses as its root: <c>Query = …</c>, <c>Mutation = …</c> or <c>Subscription = …</c> on a
    /// schema (in its constructor or an object initializer), whether the value is <c>new T()</c> or resolved from services.
    /// </summary>
    private static void CollectRoot(OperationAnalysisContext context, ConcurrentDictionary<ITypeSymbol, bool> roots)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "Query" or "Mutation" or "Subscription" } property } &&
            IsSchema(property.ContainingType) && assignment.Value.WalkDownConversions().Type is { } root)
        {
            roots[root] = true;
            roots[root.OriginalDefinition] = true;
        }
    }

    /// <summary>
    /// Remembers the CLR types GraphQL.NET reflects into object types (<c>AutoRegisteringObjectGraphType&lt;T&gt;</c> as a
    /// base type, created, or a type argument such as <c>Field&lt;ListGraphType&lt;AutoRegisteringObjectGraphType&lt;T&gt;&gt;&gt;</c>).
    /// </summary>
    private static void CollectAutoRegistered(ImmutableArray<ITypeSymbol> types, ConcurrentDictionary<ITypeSymbol, bool> autoRegistered)
    {
        foreach (var type in types)
        {
            if (type is not INamedTypeSymbol { IsGenericType: true } named)
            {
                continue;
            }

            if (AutoSourceOf(named) is { TypeKind: not TypeKind.TypeParameter } source)
            {
                autoRegistered[source.OriginalDefinition] = true;
            }

            CollectAutoRegistered(named.TypeArguments, autoRegistered);
        }
    }

    /// <summary>
    /// A public instance method of an auto-registered CLR type (not <c>[Ignore]</c>d) is a field GraphQL.NET resolves per
    /// object of that type; the types of root fields (named as roots, or the schema's root) are not counted.
    /// </summary>
    private static Resolver? AutoRegisteredResolver(IMethodSymbol method, ConcurrentDictionary<ITypeSymbol, bool> autoRegistered, ConcurrentDictionary<ITypeSymbol, bool> roots)
    {
        var source = method.ContainingType;
        if (method.MethodKind != MethodKind.Ordinary || method.DeclaredAccessibility != Accessibility.Public || method.IsStatic ||
            method.HasAttributeNamed("Ignore") || source is null || !autoRegistered.ContainsKey(source.OriginalDefinition) || RootSuffixes.Any(s => source.Name.EndsWith(s, StringComparison.Ordinal)) ||
            roots.Keys.Any(r => AutoSourceOf(r) is { } root && SymbolEqualityComparer.Default.Equals(root.OriginalDefinition, source.OriginalDefinition)))
        {
            return null;
        }

        return new Resolver(method.Name, source, "AutoRegisteringObjectGraphType<" + source.Name + ">");
    }

    private static ITypeSymbol? AutoSourceOf(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "AutoRegisteringObjectGraphType", TypeArguments.Length: 1 } named ? named.TypeArguments[0] : null;

    private static bool IsSchema(INamedTypeSymbol? type) =>
        type is not null && (type.Name is "Schema" or "ISchema" || type.AllInterfaces.Any(i => i.Name == "ISchema") || IsSchema(type.BaseType));

    private enum LambdaRole
    {
        Other,
        Resolver,
        DataLoaderFetch,
        ExpressionTree,
    }

    private static LambdaRole RoleOf(IAnonymousFunctionOperation lambda, ISymbol containing, out Resolver? resolver)
    {
        resolver = null;
        var argument = lambda.Parent;
        while (argument is IDelegateCreationOperation or IConversionOperation)
        {
            argument = argument.Parent;
        }

        if (argument is IArgumentOperation { Parameter.Type: INamedTypeSymbol { Name: "Expression" } parameterType } &&
            parameterType.IsInNamespace("System.Linq.Expressions"))
        {
            return LambdaRole.ExpressionTree;
        }

        if (argument is IArgumentOperation { Parent: IInvocationOperation call } && IsDataLoaderCall(call.TargetMethod))
        {
            return LambdaRole.DataLoaderFetch;
        }

        if (lambda.Syntax is not ExpressionSyntax syntax)
        {
            return LambdaRole.Other;
        }

        if (syntax.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax unresolved } } &&
            argument is not IArgumentOperation && LoaderMethods.Contains(NameOf(unresolved)))
        {
            return LambdaRole.DataLoaderFetch;
        }

        resolver = ResolverOf(syntax, lambda.SemanticModel!, containing);
        return resolver is null ? LambdaRole.Other : LambdaRole.Resolver;
    }

    /// <summary>
    /// A call that goes through a DataLoader: Rampart's <c>LoadOne</c>/<c>LoadMany</c>, GraphQL.NET's
    /// <c>GetOrAdd…Loader</c>, or any method that returns or belongs to a loader type (<c>IDataLoaderResult&lt;T&gt;</c>,
    /// <c>IDataLoader&lt;K, T&gt;</c>, a <c>…Loader</c> class of the application).
    /// </summary>
    private static bool IsDataLoaderCall(IMethodSymbol method) =>
        LoaderMethods.Contains(method.Name) || IsLoaderType(method.ReturnType) || IsLoaderType(method.ContainingType) ||
        method.IsInNamespace("GraphQL.DataLoader") || method.IsInNamespace("Rampart.AspNetCore.GraphQL.DataLoaders");

    private static bool IsLoaderType(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task)
        {
            type = task.TypeArguments[0];
        }

        return type is not null && (type.Name.Contains("DataLoader") || type.Name.EndsWith("Loader", StringComparison.Ordinal) ||
            type.IsInNamespace("GraphQL.DataLoader"));
    }

    /// <summary>
    /// The field whose resolver <paramref name="argument"/> is: an argument of <c>.Resolve…(…)</c> on a chain that starts at a
    /// graph type's <c>Field</c>/<c>Connection</c> call, or the <c>resolve</c> argument of <c>Field</c>/<c>FieldAsync</c>.
    /// Read from the syntax, with the symbols checked where they resolve, so a project whose GraphQL package did not
    /// restore is still audited.
    /// </summary>
    private static Resolver? ResolverOf(ExpressionSyntax argument, SemanticModel model, ISymbol containing)
    {
        if (argument.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } argumentSyntax)
        {
            return null;
        }

        InvocationExpressionSyntax? field = null;
        var name = NameOf(call);
        if (ResolveMethods.Contains(name) && IsGraphQLMethod(model.GetSymbolInfo(call).Symbol))
        {
            for (var receiver = ReceiverOf(call); receiver is InvocationExpressionSyntax inner; receiver = ReceiverOf(inner))
            {
                if (FieldMethods.Contains(NameOf(inner)))
                {
                    field = inner;
                    break;
                }
            }
        }
        else if (name is "Field" or "FieldAsync" && IsResolveParameter(argumentSyntax, model))
        {
            field = call;
        }

        if (field is null || model.GetSymbolInfo(field).Symbol is IMethodSymbol declared && !IsGraphType(declared.ContainingType))
        {
            return null;
        }

        var graphType = ReceiverOf(field) is { } owner and not ThisExpressionSyntax ? model.GetTypeInfo(owner).Type as INamedTypeSymbol : containing.ContainingType;
        return new Resolver(FieldName(field, model), graphType);
    }

    private static bool IsResolveParameter(ArgumentSyntax argument, SemanticModel model) =>
        argument.NameColon?.Name.Identifier.ValueText == "resolve" ||
        model.GetOperation(argument) is IArgumentOperation { Parameter.Name: "resolve" };

    /// <summary>A builder method of GraphQL.NET (or one named like it when the package does not resolve).</summary>
    private static bool IsGraphQLMethod(ISymbol? symbol) =>
        symbol is not IMethodSymbol method || method.IsInNamespace("GraphQL") ||
        method.ContainingType.Name is "FieldBuilder" or "ConnectionBuilder" or "ResolverBuilder";

    private static bool IsGraphType(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (GraphTypeBases.Contains(current.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the field resolves once per parent object: a schema-first resolver class's method, or a field of an object graph type of the
    /// application that the schema does not use as a root and that is not named as one (<c>…Query</c>, <c>…Mutation</c>,
    /// <c>…Subscription</c>), or GraphQL.NET's <c>ObjectGraphType&lt;T&gt;</c> of an application type passed around. A
    /// plain <c>ObjectGraphType</c> passed around is where modules add root fields, so it is not counted.
    /// </summary>
    private static bool IsPerParent(Resolver resolver, ConcurrentDictionary<ITypeSymbol, bool> roots)
    {
        if (resolver.TypeName is not null)
        {
            return true;
        }

        var graphType = resolver.GraphType;
        if (graphType is null || roots.ContainsKey(graphType.OriginalDefinition) || !IsGraphType(graphType) ||
            RootSuffixes.Any(s => graphType.Name.EndsWith(s, StringComparison.Ordinal)))
        {
            return false;
        }

        if (roots.ContainsKey(graphType))
        {
            return false;
        }

        return graphType.Locations.Any(l => l.IsInSource) ||
            graphType.TypeArguments.Length == 1 && graphType.TypeArguments[0] is { SpecialType: not SpecialType.System_Object, TypeKind: not TypeKind.Error };
    }

    /// <summary>
    /// A public method of a schema-first resolver class (<c>[GraphQLMetadata("Order")]</c>), which GraphQL.NET calls per
    /// object of that type; the classes of the root types (<c>"Query"</c>, <c>"Mutation"</c>) are not counted.
    /// </summary>
    private static Resolver? SchemaFirstResolver(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.DeclaredAccessibility != Accessibility.Public)
        {
            return null;
        }

        var type = method.ContainingType;
        var metadata = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name is "GraphQLMetadataAttribute" or "GraphQLMetadata");
        if (metadata is null)
        {
            return null;
        }

        var typeName = NameArgument(metadata) ?? type.Name;
        if (RootSuffixes.Any(s => typeName.EndsWith(s, StringComparison.Ordinal)))
        {
            return null;
        }

        var fieldName = NameArgument(method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name is "GraphQLMetadataAttribute")) ?? method.Name;
        return new Resolver(fieldName, type, typeName);
    }

    private static string? NameArgument(AttributeData? attribute) =>
        attribute is { ConstructorArguments.Length: > 0 } && attribute.ConstructorArguments[0].Value is string name ? name : null;

    private static string FieldName(InvocationExpressionSyntax field, SemanticModel model)
    {
        foreach (var argument in field.ArgumentList.Arguments)
        {
            if (model.GetConstantValue(argument.Expression) is { HasValue: true, Value: string name })
            {
                return name;
            }

            if (argument.Expression is SimpleLambdaExpressionSyntax { ExpressionBody: MemberAccessExpressionSyntax member })
            {
                return member.Name.Identifier.ValueText;
            }
        }

        return "?";
    }

    private static ExpressionSyntax? ReceiverOf(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax access ? access.Expression : null;

    private static string NameOf(InvocationExpressionSyntax call) =>
        call.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };

    /// <summary>Where a round trip is written and what it calls.</summary>
    private readonly struct Query(Location location, string name)
    {
        public Location Location { get; } = location;

        public string Name { get; } = name;
    }

    /// <summary>A field and the graph type it is declared on; <see cref="TypeName"/> is set for a schema-first resolver class (its GraphQL type's name).</summary>
    private sealed class Resolver(string field, INamedTypeSymbol? graphType, string? typeName = null)
    {
        public string Field { get; } = field;

        public INamedTypeSymbol? GraphType { get; } = graphType;

        public string? TypeName { get; } = typeName;
    }
}
