using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Rampart.Analyzers.Support;

/// <summary>
/// Framework types the rules look for, resolved once per compilation and shared by every rule analysing it (the entity
/// model and the validated types are collected once, not once per rule); any may be missing.
/// </summary>
internal sealed class KnownSymbols(Compilation compilation)
{
    private static readonly ConditionalWeakTable<Compilation, KnownSymbols> Shared = new();

    /// <summary>The shared instance for a compilation, created on first use.</summary>
    public static KnownSymbols For(Compilation compilation) => Shared.GetValue(compilation, c => new KnownSymbols(c));

    private HashSet<ITypeSymbol>? _entities;

    /// <summary>The entity types the compilation can see, collected on first use.</summary>
    public HashSet<ITypeSymbol> Entities => LazyInitializer.EnsureInitialized(ref _entities, () => EntityModel.Collect(this))!;

    public Compilation Compilation { get; } = compilation;

    private static readonly string[] DatabaseClients =
    [
        "Microsoft.EntityFrameworkCore", "Dapper", "Npgsql", "Microsoft.Data.SqlClient", "System.Data.SqlClient", "MySqlConnector",
        "MySql.Data", "Microsoft.Data.Sqlite", "Oracle.ManagedDataAccess", "linq2db", "MongoDB.Driver", "Marten", "Raven.Client",
        "Microsoft.Azure.Cosmos", "Cassandra", "LiteDB",
    ];

    private readonly Lazy<bool> _storesOnlyInRedis = new(() =>
    {
        var names = compilation.ReferencedAssemblyNames.Select(a => a.Name).ToList();
        return names.Any(n => n.StartsWith("StackExchange.Redis", StringComparison.Ordinal)) &&
            !names.Any(n => DatabaseClients.Any(c => n.StartsWith(c, StringComparison.Ordinal)));
    });

    /// <summary>
    /// True when Redis is the only data store the compilation references (StackExchange.Redis, and no EF Core, ADO.NET
    /// provider, Dapper or document database client): its ids key a hash table, not an ordered index.
    /// </summary>
    public bool StoresOnlyInRedis => _storesOnlyInRedis.Value;

    private HashSet<ITypeSymbol>? _validators;

    /// <summary>
    /// Types some validator validates (FluentValidation's AbstractValidator&lt;T&gt; or any IValidator&lt;T&gt;): in source,
    /// and in referenced projects and packages that use FluentValidation (validators often live in an Application project).
    /// </summary>
    public HashSet<ITypeSymbol> Validators => LazyInitializer.EnsureInitialized(ref _validators, CollectValidators)!;

    public INamedTypeSymbol? DbContext { get; } = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");

    public INamedTypeSymbol? DbSet { get; } = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");

    public INamedTypeSymbol? EntityTypeConfiguration { get; } = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.IEntityTypeConfiguration`1");

    public INamedTypeSymbol? ControllerBase { get; } = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");

    public INamedTypeSymbol? EndpointRouteBuilder { get; } = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Routing.IEndpointRouteBuilder");

    public INamedTypeSymbol? Queryable { get; } = compilation.GetTypeByMetadataName("System.Linq.IQueryable");

    public INamedTypeSymbol? Task { get; } = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");

    public INamedTypeSymbol? ValueTask { get; } = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");

    public INamedTypeSymbol? ValueTaskOfT { get; } = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");

    public INamedTypeSymbol? Exception { get; } = compilation.GetTypeByMetadataName("System.Exception");

    public INamedTypeSymbol? EventArgs { get; } = compilation.GetTypeByMetadataName("System.EventArgs");

    public INamedTypeSymbol? AuthorizeData { get; } = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Authorization.IAuthorizeData");

    public INamedTypeSymbol? AllowAnonymous { get; } = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Authorization.IAllowAnonymous");

    public INamedTypeSymbol? ValidationAttribute { get; } = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.ValidationAttribute");

    public INamedTypeSymbol? ValidatableObject { get; } = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.IValidatableObject");

    public INamedTypeSymbol? HttpClient { get; } = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");

    public bool IsDbContext(ITypeSymbol? type) => DbContext is not null && type.InheritsFrom(DbContext);

    public bool IsQueryable(ITypeSymbol? type) =>
        type is not null && Queryable is not null &&
        (SymbolEqualityComparer.Default.Equals(type, Queryable) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, Queryable)));

    public bool IsDbSet(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && DbSet is not null && named.OriginalDefinition.InheritsFrom(DbSet);

    public bool IsException(ITypeSymbol? type) => Exception is not null && type.InheritsFrom(Exception);

    public bool IsController(INamedTypeSymbol? type) =>
        type is not null && (ControllerBase is not null
            ? type.InheritsFrom(ControllerBase)
            : type.Name.EndsWith("Controller", StringComparison.Ordinal) && type.BaseType?.Name is "ControllerBase" or "Controller");

    private HashSet<ITypeSymbol> CollectValidators()
    {
        var validated = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var assemblies = new List<IAssemblySymbol> { Compilation.Assembly };
        foreach (var reference in Compilation.References)
        {
            if (Compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && !ReferencedCode.IsPlatform(assembly) &&
                assembly.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name.StartsWith("FluentValidation", StringComparison.Ordinal))))
            {
                assemblies.Add(assembly);
            }
        }

        foreach (var type in assemblies.SelectMany(a => TypeWalker.AllTypes(a.GlobalNamespace)))
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current is { Name: "AbstractValidator", TypeArguments.Length: 1 })
                {
                    validated.Add(current.TypeArguments[0].OriginalDefinition);
                }
            }

            foreach (var @interface in type.AllInterfaces)
            {
                if (@interface is { Name: "IValidator", TypeArguments.Length: 1 })
                {
                    validated.Add(@interface.TypeArguments[0].OriginalDefinition);
                }
            }
        }

        return validated;
    }
}
