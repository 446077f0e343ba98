using System.Collections.Immutable;
using System.Text.Json;

namespace Rampart.Audit.Workspace;

/// <summary>
/// NuGet's restore output for one project (<c>obj/project.assets.json</c>): the exact compile assemblies of every
/// package in its closure for one target framework, as the build's ResolvePackageAssets reads them.
/// </summary>
internal sealed class ProjectAssets
{
    private ProjectAssets(ImmutableArray<string> compileAssemblies, ImmutableHashSet<string> packages, ImmutableArray<string> missing)
    {
        CompileAssemblies = compileAssemblies;
        Packages = packages;
        Missing = missing;
    }

    /// <summary>Full paths of the compile-time assemblies of the restored packages.</summary>
    public ImmutableArray<string> CompileAssemblies { get; }

    /// <summary>Ids of the packages the restore resolved for the framework.</summary>
    public ImmutableHashSet<string> Packages { get; }

    /// <summary>Packages the restore resolved whose assemblies are no longer on disk (a cleared package cache).</summary>
    public ImmutableArray<string> Missing { get; }

    /// <summary>Reads the file; null when it is absent, unreadable or has no target for the framework.</summary>
    public static ProjectAssets? TryRead(string? path, string? targetFramework)
    {
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            return Read(document.RootElement, targetFramework);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }

    private static ProjectAssets? Read(JsonElement root, string? targetFramework)
    {
        if (!root.TryGetProperty("targets", out var targets) || Target(targets, targetFramework) is not { } target)
        {
            return null;
        }

        var folders = root.TryGetProperty("packageFolders", out var packageFolders)
            ? packageFolders.EnumerateObject().Select(f => f.Name).ToList()
            : [];
        var libraries = root.GetProperty("libraries");
        var assemblies = ImmutableArray.CreateBuilder<string>();
        var packages = ImmutableHashSet.CreateBuilder<string>(StringComparer.OrdinalIgnoreCase);
        var missing = ImmutableArray.CreateBuilder<string>();
        foreach (var library in target.EnumerateObject())
        {
            if (library.Value.TryGetProperty("type", out var type) && type.GetString() != "package")
            {
                continue;
            }

            var id = library.Name.Split('/')[0];
            packages.Add(id);
            if (!library.Value.TryGetProperty("compile", out var compile) ||
                !libraries.TryGetProperty(library.Name, out var entry) || !entry.TryGetProperty("path", out var relative))
            {
                continue;
            }

            var files = compile.EnumerateObject().Select(f => f.Name).Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToList();
            if (files.Count == 0)
            {
                continue;
            }

            var folder = folders.Select(f => Path.Combine(f, relative.GetString()!)).FirstOrDefault(Directory.Exists);
            if (folder is null)
            {
                missing.Add(library.Name.Replace('/', ' '));
                continue;
            }

            assemblies.AddRange(files.Select(f => Path.GetFullPath(Path.Combine(folder, f))).Where(File.Exists));
        }

        return new ProjectAssets(assemblies.ToImmutable(), packages.ToImmutable(), missing.ToImmutable());
    }

    /// <summary>The target of the framework: "net10.0" (or, in older files, ".NETCoreApp,Version=v10.0"), never a runtime-specific one.</summary>
    private static JsonElement? Target(JsonElement targets, string? targetFramework)
    {
        var candidates = targets.EnumerateObject().Where(t => !t.Name.Contains('/', StringComparison.Ordinal)).ToList();
        if (candidates.Count == 1 || targetFramework is null)
        {
            return candidates.Count > 0 ? candidates[0].Value : null;
        }

        var longName = targetFramework.StartsWith("net", StringComparison.OrdinalIgnoreCase) && !targetFramework.StartsWith("netstandard", StringComparison.OrdinalIgnoreCase)
            ? ".NETCoreApp,Version=v" + targetFramework[3..]
            : ".NETStandard,Version=v" + targetFramework.Replace("netstandard", string.Empty, StringComparison.OrdinalIgnoreCase);
        foreach (var candidate in candidates)
        {
            if (candidate.Name.Equals(targetFramework, StringComparison.OrdinalIgnoreCase) || candidate.Name.Equals(longName, StringComparison.OrdinalIgnoreCase))
            {
                return candidate.Value;
            }
        }

        return null;
    }
}
