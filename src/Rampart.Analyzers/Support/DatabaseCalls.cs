using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support;

/// <summary>Recognises calls that make a round trip to a database: EF Core, Dapper, ADO.NET and repositories.</summary>
internal static class DatabaseCalls
{
    private static readonly string[] ReadingVerbs = ["Get", "Find", "Load", "Fetch", "Query", "Exists", "Any", "Count", "Search", "Read", "List", "First", "Single"];

    public static bool IsDatabaseCall(IInvocationOperation invocation, KnownSymbols symbols) =>
        IsDirectCall(invocation, symbols) || IsRepositoryCall(invocation.TargetMethod);

    /// <summary>
    /// A method of a repository (a type or interface named <c>…Repository…</c>) that awaits something, or whose name
    /// reads (<c>GetById</c>, <c>FindAsync</c>, <c>Exists</c>): behind the abstraction it is a round trip. Synchronous
    /// <c>Add</c>/<c>Update</c>/<c>Remove</c> only track changes in memory and are not counted.
    /// </summary>
    public static bool IsRepositoryCall(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.IsStatic || !IsRepository(method.ContainingType))
        {
            return false;
        }

        var returnsTask = method.ReturnType.Name is "Task" or "ValueTask" || method.ReturnType.Name == "IAsyncEnumerable";
        return returnsTask || ReadingVerbs.Any(v => method.Name.StartsWith(v, StringComparison.Ordinal));
    }

    private static bool IsRepository(INamedTypeSymbol? type) =>
        type is not null && (type.Name.IndexOf("Repository", StringComparison.Ordinal) >= 0 ||
            type.AllInterfaces.Any(i => i.Name.IndexOf("Repository", StringComparison.Ordinal) >= 0));

    private static bool IsDirectCall(IInvocationOperation invocation, KnownSymbols symbols)
    {
        var method = invocation.TargetMethod;
        var name = method.Name;
        var instanceType = invocation.GetInstance()?.WalkDownConversions().Type;

        if (QueryChain.ExecutingMethods.Contains(name) && (symbols.IsQueryable(instanceType) || symbols.IsDbSet(instanceType)))
        {
            return true;
        }

        if (name is "Find" or "FindAsync" && symbols.IsDbSet(instanceType))
        {
            return true;
        }

        if (name is "SaveChanges" or "SaveChangesAsync" && symbols.IsDbContext(method.ContainingType))
        {
            return true;
        }

        if ((name.StartsWith("ExecuteSql", StringComparison.Ordinal) || name.StartsWith("SqlQuery", StringComparison.Ordinal)) &&
            method.ContainingType.IsInNamespace("Microsoft.EntityFrameworkCore"))
        {
            return true;
        }

        if (method.ContainingType is { Name: "SqlMapper" } mapper && mapper.IsInNamespace("Dapper") &&
            (name.StartsWith("Query", StringComparison.Ordinal) || name.StartsWith("Execute", StringComparison.Ordinal)))
        {
            return true;
        }

        return name.StartsWith("Execute", StringComparison.Ordinal) && IsCommand(method.ContainingType);
    }

    private static bool IsCommand(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "DbCommand" && current.IsInNamespace("System.Data.Common"))
            {
                return true;
            }
        }

        return type is not null && (type.Name == "IDbCommand" || type.AllInterfaces.Any(i => i.Name == "IDbCommand" && i.IsInNamespace("System.Data")));
    }
}
