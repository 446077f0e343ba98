using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support;

/// <summary>Recognises calls that make a round trip to a database: EF Core, Dapper and ADO.NET.</summary>
internal static class DatabaseCalls
{
    public static bool IsDatabaseCall(IInvocationOperation invocation, KnownSymbols symbols)
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
