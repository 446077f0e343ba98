using Microsoft.CodeAnalysis;

namespace Rampart.Analyzers.Support;

/// <summary>
/// The EF Core entity types a compilation can see: <c>DbSet&lt;T&gt;</c> properties of DbContexts and
/// <c>IEntityTypeConfiguration&lt;T&gt;</c> implementations, in source and in referenced projects that use EF Core.
/// </summary>
internal static class EntityModel
{
    public static HashSet<ITypeSymbol> Collect(KnownSymbols symbols)
    {
        var entities = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        if (symbols.DbContext is null)
        {
            return entities;
        }

        var compilation = symbols.Compilation;
        var assemblies = new List<IAssemblySymbol> { compilation.Assembly };
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly &&
                !IsFrameworkAssembly(assembly.Name) &&
                assembly.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == "Microsoft.EntityFrameworkCore")))
            {
                assemblies.Add(assembly);
            }
        }

        foreach (var assembly in assemblies)
        {
            foreach (var type in TypeWalker.AllTypes(assembly.GlobalNamespace))
            {
                Inspect(type, symbols, entities);
            }
        }

        return entities;
    }

    private static void Inspect(INamedTypeSymbol type, KnownSymbols symbols, HashSet<ITypeSymbol> entities)
    {
        if (symbols.IsDbContext(type))
        {
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
            {
                if (symbols.IsDbSet(property.Type) && property.Type is INamedTypeSymbol { TypeArguments.Length: 1 } set)
                {
                    entities.Add(set.TypeArguments[0]);
                }
            }
        }

        if (symbols.EntityTypeConfiguration is { } configuration)
        {
            foreach (var @interface in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(@interface.OriginalDefinition, configuration))
                {
                    entities.Add(@interface.TypeArguments[0]);
                }
            }
        }
    }

    private static bool IsFrameworkAssembly(string name) =>
        name.StartsWith("Microsoft.", StringComparison.Ordinal) || name.StartsWith("System.", StringComparison.Ordinal) ||
        name.StartsWith("Npgsql", StringComparison.Ordinal) || name is "netstandard" or "mscorlib" or "System";
}
