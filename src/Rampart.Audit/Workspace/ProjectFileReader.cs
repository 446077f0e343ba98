using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;

namespace Rampart.Audit.Workspace;

/// <summary>
/// Reads the few properties and items of an SDK-style project that compilation needs as plain XML: SDK, output type,
/// nullable, implicit usings, package and project references, central package versions. The fallback when no .NET SDK
/// can evaluate the project (ADR 0100): conditions, imports and Directory.Build.* files are not evaluated (ADR 0055).
/// </summary>
internal static class ProjectFileReader
{
    public static ProjectFile Read(string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            throw new AuditException($"The project file '{System.IO.Path.GetFileName(path)}' cannot be read: {ex.Message}", "Fix the project file or exclude its folder in .rampart.json.", ex);
        }

        var root = document.Root!;
        var sdk = (string?)root.Attribute("Sdk") ?? string.Empty;
        var isWebSdk = sdk.Contains("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase);
        var isWeb = isWebSdk
            || Items(root, "FrameworkReference").Any(i => string.Equals(Include(i), "Microsoft.AspNetCore.App", StringComparison.OrdinalIgnoreCase));
        // The web SDK makes an executable unless told otherwise; a library that only references ASP.NET Core stays a library.
        var outputType = Property(root, "OutputType") ?? (isWebSdk ? "Exe" : "Library");
        var isExe = string.Equals(outputType, "Exe", StringComparison.OrdinalIgnoreCase) || string.Equals(outputType, "WinExe", StringComparison.OrdinalIgnoreCase);
        var central = CentralPackageVersions(System.IO.Path.GetDirectoryName(path)!);
        var packages = Items(root, "PackageReference")
            .Select(i => (Id: Include(i), Version: Attr(i, "Version") ?? Attr(i, "VersionOverride")))
            .Where(p => p.Id.Length > 0)
            .Select(p => new PackageReference(p.Id, p.Version ?? central.GetValueOrDefault(p.Id)))
            .ToImmutableArray();
        var projectDirectory = System.IO.Path.GetDirectoryName(path)!;
        var projectReferences = Items(root, "ProjectReference")
            .Select(Include)
            .Where(i => i.Length > 0)
            .Select(i => System.IO.Path.GetFullPath(i.Replace('\\', '/'), projectDirectory))
            .ToImmutableArray();
        var implicitUsings = Property(root, "ImplicitUsings") is { } implicitValue &&
            (string.Equals(implicitValue, "enable", StringComparison.OrdinalIgnoreCase) || string.Equals(implicitValue, "true", StringComparison.OrdinalIgnoreCase));
        var usings = (implicitUsings ? SdkImplicitUsings.For(isWebSdk) : [])
            .AddRange(Items(root, "Using")
                .Select(i => new GlobalUsing(Include(i), Attr(i, "Alias"), string.Equals(Attr(i, "Static"), "true", StringComparison.OrdinalIgnoreCase)))
                .Where(u => u.Name.Length > 0))
            .Distinct()
            .ToImmutableArray();
        var constants = (Property(root, "DefineConstants") ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(c => !c.StartsWith("$(", StringComparison.Ordinal))
            .ToImmutableArray();
        return new ProjectFile(
            path,
            Property(root, "AssemblyName") ?? System.IO.Path.GetFileNameWithoutExtension(path),
            isWeb,
            isExe,
            !string.Equals(Property(root, "Nullable"), "disable", StringComparison.OrdinalIgnoreCase) && Property(root, "Nullable") is not null,
            usings,
            constants,
            packages,
            projectReferences)
        {
            LanguageVersion = Property(root, "LangVersion"),
            AllowUnsafe = string.Equals(Property(root, "AllowUnsafeBlocks"), "true", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static Dictionary<string, string> CentralPackageVersions(string projectDirectory)
    {
        var versions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var directory = new DirectoryInfo(projectDirectory); directory is not null; directory = directory.Parent)
        {
            var props = System.IO.Path.Combine(directory.FullName, "Directory.Packages.props");
            if (!File.Exists(props))
            {
                continue;
            }

            try
            {
                foreach (var item in Items(XDocument.Load(props).Root!, "PackageVersion"))
                {
                    if (Attr(item, "Version") is { } version)
                    {
                        versions.TryAdd(Include(item), version);
                    }
                }
            }
            catch (XmlException)
            {
                // An unreadable central file only costs package resolution; the loader reports unresolved packages.
            }

            break;
        }

        return versions;
    }

    private static string? Property(XElement root, string name) =>
        root.Elements().Where(e => e.Name.LocalName == "PropertyGroup")
            .SelectMany(g => g.Elements())
            .LastOrDefault(e => e.Name.LocalName == name)?.Value.Trim();

    private static IEnumerable<XElement> Items(XElement root, string name) =>
        root.Elements().Where(e => e.Name.LocalName == "ItemGroup").SelectMany(g => g.Elements()).Where(e => e.Name.LocalName == name);

    private static string Include(XElement item) => (Attr(item, "Include") ?? string.Empty).Trim();

    private static string? Attr(XElement item, string name) =>
        (string?)item.Attribute(name) ?? item.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
}
