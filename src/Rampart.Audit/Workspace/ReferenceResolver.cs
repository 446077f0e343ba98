using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Rampart.Audit.Workspace;

/// <summary>
/// Finds the metadata references a project compiles against: the running SDK's .NET reference pack, the ASP.NET Core
/// reference pack for projects that reference that framework, and package assemblies — from the project's restore
/// output (<c>project.assets.json</c>) when there is one, as the build reads them, else from the local NuGet cache
/// with dependencies followed through each package's .nuspec. Every reference is created once and shared by all projects.
/// </summary>
internal sealed class ReferenceResolver
{
    private readonly ConcurrentDictionary<string, MetadataReference> _references = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableArray<string>?> _packageClosures = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<ImmutableArray<string>> _framework;
    private readonly Lazy<ImmutableArray<string>> _aspNetCore;
    private readonly NuGetPackageCache _packages;

    public ReferenceResolver(string? dotnetRoot = null, string? packagesFolder = null)
    {
        var root = dotnetRoot ?? DotnetRoot();
        _framework = new(() => ReferencePack(root, "Microsoft.NETCore.App.Ref") is { IsDefaultOrEmpty: false } pack ? pack : RuntimeAssemblies());
        _aspNetCore = new(() => ReferencePack(root, "Microsoft.AspNetCore.App.Ref"));
        _packages = new NuGetPackageCache(packagesFolder ?? NuGetPackageCache.DefaultFolder());
    }

    /// <summary>References for a project, and the packages that could not be found.</summary>
    /// <param name="project">The project, or null for loose files.</param>
    /// <param name="referencedProjects">The projects it references, directly or not: their packages flow to it, as in a restore.</param>
    public (ImmutableArray<MetadataReference> References, ImmutableArray<string> Unresolved) Resolve(ProjectFile? project, IReadOnlyList<ProjectFile>? referencedProjects = null)
    {
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in _framework.Value)
        {
            paths[Path.GetFileName(path)] = path;
        }

        if (project is null || project.IsWebSdk || referencedProjects?.Any(r => r.IsWebSdk) == true)
        {
            foreach (var path in _aspNetCore.Value)
            {
                paths[Path.GetFileName(path)] = path;
            }
        }

        var unresolved = ImmutableArray.CreateBuilder<string>();
        if (project is not null && ProjectAssets.TryRead(project.AssetsFile, project.TargetFramework) is { } assets)
        {
            foreach (var path in assets.CompileAssemblies)
            {
                paths.TryAdd(Path.GetFileName(path), path);
            }

            unresolved.AddRange(project.PackageReferences.Where(p => !assets.Packages.Contains(p.Id)).Select(Describe));
            unresolved.AddRange(assets.Missing);
            return (References(paths), unresolved.ToImmutable());
        }

        var transitive = (referencedProjects ?? []).SelectMany(r => r.PackageReferences).Where(p => project?.PackageReferences.Any(own => own.Id.Equals(p.Id, StringComparison.OrdinalIgnoreCase)) != true);
        foreach (var package in (project?.PackageReferences ?? []).Concat(transitive).DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase))
        {
            var key = $"{package.Id}/{package.Version}";
            var closure = _packageClosures.GetOrAdd(key, _ => _packages.AssembliesOf(package.Id, package.Version));
            if (closure is null)
            {
                unresolved.Add(Describe(package));
                continue;
            }

            foreach (var path in closure)
            {
                // The shared framework wins over a package copy of the same assembly, as the SDK's conflict resolution does.
                paths.TryAdd(Path.GetFileName(path), path);
            }
        }

        return (References(paths), unresolved.ToImmutable());
    }

    private ImmutableArray<MetadataReference> References(Dictionary<string, string> paths) =>
        [.. paths.Values
            .Order(StringComparer.Ordinal)
            .Select(p => _references.GetOrAdd(p, static path => MetadataReference.CreateFromFile(path)))];

    private static string Describe(PackageReference package) => package.Version is null ? package.Id : $"{package.Id} {package.Version}";

    private static ImmutableArray<string> ReferencePack(string dotnetRoot, string packName)
    {
        var packDirectory = Path.Combine(dotnetRoot, "packs", packName);
        if (!Directory.Exists(packDirectory))
        {
            return [];
        }

        var major = Environment.Version.Major;
        var version = Directory.GetDirectories(packDirectory)
            .Select(d => (Path: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
            .Where(v => v.Version is not null && v.Version.Major <= major)
            .OrderByDescending(v => v.Version)
            .FirstOrDefault();
        if (version.Path is null)
        {
            return [];
        }

        var refDirectory = Directory.GetDirectories(Path.Combine(version.Path, "ref")).OrderDescending(StringComparer.Ordinal).FirstOrDefault();
        return refDirectory is null ? [] : [.. Directory.GetFiles(refDirectory, "*.dll")];
    }

    private static ImmutableArray<string> RuntimeAssemblies() =>
        [.. Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.DiaSymReader", StringComparison.Ordinal))];

    private static string DotnetRoot()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } fromEnvironment && Directory.Exists(Path.Combine(fromEnvironment, "packs")))
        {
            return fromEnvironment;
        }

        // <root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
    }
}
