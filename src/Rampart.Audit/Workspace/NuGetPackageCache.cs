using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;

namespace Rampart.Audit.Workspace;

/// <summary>
/// Finds a package's compile assemblies, and those of its dependencies, in the local NuGet package folder.
/// Picks the requested version when present, else the highest one there; picks the nearest target framework.
/// </summary>
internal sealed class NuGetPackageCache(string folder)
{
    private static readonly string[] FrameworkPreference =
        ["net10.0", "net9.0", "net8.0", "net7.0", "net6.0", "net5.0", "netcoreapp3.1", "netstandard2.1", "netstandard2.0", "netstandard1.6", "netstandard1.5", "netstandard1.4", "netstandard1.3", "netstandard1.2", "netstandard1.1", "netstandard1.0"];

    public static string DefaultFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>
    /// The package's assemblies and its dependency closure's; <see langword="null"/> when the package itself is not in the
    /// cache. A package found with no compile assemblies (a build-only package such as a test adapter, whose lib folder holds
    /// only the <c>_._</c> marker) gives an empty array.
    /// </summary>
    public ImmutableArray<string>? AssembliesOf(string id, string? version)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var assemblies = ImmutableArray.CreateBuilder<string>();
        var pending = new Stack<(string Id, string? Version)>();
        pending.Push((id, version));
        var first = true;
        while (pending.Count > 0)
        {
            var (packageId, packageVersion) = pending.Pop();
            if (!seen.Add(packageId))
            {
                continue;
            }

            var directory = VersionDirectory(packageId, packageVersion);
            if (directory is null)
            {
                if (first)
                {
                    return null;
                }

                continue;
            }

            first = false;
            assemblies.AddRange(CompileAssemblies(directory));
            foreach (var dependency in Dependencies(directory, packageId))
            {
                pending.Push(dependency);
            }
        }

        return assemblies.ToImmutable();
    }

    private string? VersionDirectory(string id, string? version)
    {
        var packageDirectory = Path.Combine(folder, id.ToLowerInvariant());
        if (!Directory.Exists(packageDirectory))
        {
            return null;
        }

        var requested = version is null ? null : Path.Combine(packageDirectory, NormalizeVersion(version).ToLowerInvariant());
        if (requested is not null && Directory.Exists(requested))
        {
            return requested;
        }

        return Directory.GetDirectories(packageDirectory)
            .Select(d => (Path: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version(0, 0)))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Path)
            .FirstOrDefault();
    }

    private static string NormalizeVersion(string version) => version.Trim().TrimStart('[').Split(',')[0].TrimEnd(']', ')');

    private static string[] CompileAssemblies(string versionDirectory)
    {
        foreach (var kind in new[] { "ref", "lib" })
        {
            var kindDirectory = Path.Combine(versionDirectory, kind);
            if (!Directory.Exists(kindDirectory))
            {
                continue;
            }

            foreach (var framework in FrameworkPreference)
            {
                var frameworkDirectory = Path.Combine(kindDirectory, framework);
                if (Directory.Exists(frameworkDirectory))
                {
                    return Directory.GetFiles(frameworkDirectory, "*.dll");
                }
            }
        }

        return [];
    }

    private static List<(string Id, string? Version)> Dependencies(string versionDirectory, string id)
    {
        var nuspec = Path.Combine(versionDirectory, id.ToLowerInvariant() + ".nuspec");
        if (!File.Exists(nuspec))
        {
            nuspec = Directory.GetFiles(versionDirectory, "*.nuspec").FirstOrDefault() ?? string.Empty;
        }

        if (nuspec.Length == 0)
        {
            return [];
        }

        XDocument document;
        try
        {
            document = XDocument.Load(nuspec);
        }
        catch (XmlException)
        {
            return [];
        }

        var groups = document.Descendants().Where(e => e.Name.LocalName == "group" && e.Parent?.Name.LocalName == "dependencies").ToList();
        var chosen = FrameworkPreference
            .Select(framework => groups.FirstOrDefault(g => Matches((string?)g.Attribute("targetFramework"), framework)))
            .FirstOrDefault(g => g is not null);
        var dependencies = chosen?.Elements() ?? document.Descendants().Where(e => e.Name.LocalName == "dependency" && e.Parent?.Name.LocalName == "dependencies");
        return dependencies
            .Where(e => e.Name.LocalName == "dependency")
            .Select(e => ((string?)e.Attribute("id") ?? string.Empty, (string?)e.Attribute("version")))
            .Where(d => d.Item1.Length > 0)
            .ToList();
    }

    private static bool Matches(string? targetFramework, string shortName)
    {
        if (targetFramework is null)
        {
            return false;
        }

        var normalized = targetFramework.ToLowerInvariant()
            .Replace(".netstandard", "netstandard", StringComparison.Ordinal)
            .Replace(".netcoreapp", "netcoreapp", StringComparison.Ordinal);
        if (normalized.StartsWith("netcoreapp", StringComparison.Ordinal) && shortName.StartsWith("net", StringComparison.Ordinal)
            && !shortName.StartsWith("netstandard", StringComparison.Ordinal) && !shortName.StartsWith("netcoreapp", StringComparison.Ordinal))
        {
            // net5.0+ packages write "net8.0" (or ".NETCoreApp8.0" in older nuspecs).
            normalized = "net" + normalized["netcoreapp".Length..];
        }

        return string.Equals(normalized, shortName, StringComparison.Ordinal);
    }
}
