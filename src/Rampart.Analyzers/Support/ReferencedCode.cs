using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Rampart.Analyzers.Support;

/// <summary>
/// Looks inside the projects and packages a compilation references for calls it does not make itself, such as a
/// shared ServiceDefaults project that maps health checks or configures HttpClient defaults: for a referenced project
/// its source text, for a package the names of the members its metadata calls.
/// </summary>
internal static class ReferencedCode
{
    private static readonly ConditionalWeakTable<ModuleMetadata, HashSet<string>> CalledNames = new();

    /// <summary>True for assemblies of the platform itself, whose calls say nothing about the application.</summary>
    public static bool IsPlatform(IAssemblySymbol? assembly) =>
        assembly is null || assembly.Name.StartsWith("Microsoft.", StringComparison.Ordinal) || assembly.Name.StartsWith("System", StringComparison.Ordinal) ||
        assembly.Name is "netstandard" or "mscorlib";

    /// <summary>True when the referenced assembly's code mentions every one of the names: in its source, or among the names of the members its metadata calls.</summary>
    public static bool CallsAll(Compilation compilation, IAssemblySymbol assembly, params string[] names)
    {
        foreach (var reference in compilation.References)
        {
            if (!SymbolEqualityComparer.Default.Equals(compilation.GetAssemblyOrModuleSymbol(reference), assembly))
            {
                continue;
            }

            switch (reference)
            {
                case CompilationReference project:
                    var texts = project.Compilation.SyntaxTrees.Select(t => t.GetText().ToString()).ToList();
                    return names.All(n => texts.Any(t => t.IndexOf(n, StringComparison.Ordinal) >= 0));
                case PortableExecutableReference package when package.GetMetadata() is AssemblyMetadata metadata:
                    var called = metadata.GetModules().SelectMany(m => CalledNames.GetValue(m, Read)).ToList();
                    return names.All(n => called.Any(c => c.IndexOf(n, StringComparison.Ordinal) >= 0));
            }
        }

        return false;
    }

    private static HashSet<string> Read(ModuleMetadata module)
    {
        var reader = module.GetMetadataReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.MemberReferences)
        {
            names.Add(reader.GetString(reader.GetMemberReference(handle).Name));
        }

        return names;
    }
}
