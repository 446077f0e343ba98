using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Rampart.Analyzers.Tests.Support;

/// <summary>The BCL, ASP.NET Core, EF Core, Dapper, GraphQL.NET (with Rampart's GraphQL block) and logging assemblies the test host runs on, as compiler references.</summary>
internal static class SnippetReferences
{
    private static readonly string[] Prefixes =
        ["System", "Microsoft.AspNetCore", "Microsoft.Extensions", "Microsoft.EntityFrameworkCore", "Microsoft.Net.Http", "Microsoft.Win32", "Dapper", "GraphQL", "Rampart.AspNetCore.GraphQL", "netstandard", "mscorlib"];

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(Load);

    public static ImmutableArray<MetadataReference> All => LazyAll.Value;

    /// <summary>The references without the assemblies whose file names start with a prefix: packages that did not restore.</summary>
    public static ImmutableArray<MetadataReference> Without(params string[] prefixes) =>
        All.Where(r => !prefixes.Any(p => Path.GetFileName(((PortableExecutableReference)r).FilePath!).StartsWith(p, StringComparison.Ordinal)))
            .ToImmutableArray();

    /// <summary>A small assembly compiled from source, standing in for a package the test host does not carry.</summary>
    public static MetadataReference Stub(string assemblyName, string source) =>
        CSharpCompilation.Create(assemblyName, [CSharpSyntaxTree.ParseText(source)], All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .ToMetadataReference();

    private static ImmutableArray<MetadataReference> Load()
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return paths
            .Where(p => Prefixes.Any(prefix => Path.GetFileName(p).StartsWith(prefix, StringComparison.Ordinal)))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
