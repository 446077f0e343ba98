namespace Rampart.Scaffolding.Templates;

/// <summary>
/// The building blocks' packages in a feed folder, all of ONE version: the newest core package's (a feed folder kept
/// across rebuilds may still hold an older build's files). <c>rampart new</c> copies them into a solution's
/// <c>packages/</c>; <c>rampart upgrade</c> moves a solution to them.
/// </summary>
/// <param name="Directory">The feed folder.</param>
/// <param name="Version">The building blocks' version, for example <c>0.1.0-dev.1a2b3c4d5e6f</c>.</param>
/// <param name="Packages">The <c>.nupkg</c> files of that version, full paths, sorted.</param>
public sealed record BuildingBlockFeed(string Directory, string Version, IReadOnlyList<string> Packages)
{
    /// <summary>The package every generated solution references; its version is the feed's.</summary>
    public const string CorePackageId = "Rampart.AspNetCore";

    /// <summary>Reads the feed in <paramref name="directory"/>.</summary>
    /// <exception cref="ScaffoldingException">The folder holds no building-block package.</exception>
    public static BuildingBlockFeed Load(string directory)
    {
        var files = System.IO.Directory.Exists(directory) ? System.IO.Directory.GetFiles(directory, "Rampart.*.nupkg") : [];
        var newest = files
            .Select(path => (Path: path, Package: BuildingBlockPackage.Parse(Path.GetFileName(path))))
            .Where(file => file.Package is { Id: CorePackageId })
            .OrderByDescending(file => File.GetLastWriteTimeUtc(file.Path))
            .FirstOrDefault();
        if (newest.Package is not { } core)
        {
            throw new ScaffoldingException(
                $"The building-block packages are missing (looked in '{directory}').",
                "Reinstall the rampart tool, or build it from source (dotnet build src/Rampart.Cli) so it packs them.",
                ScaffoldingErrorKind.Environment);
        }

        var packages = files
            .Where(path => BuildingBlockPackage.Parse(Path.GetFileName(path)) is { } package && package.Version == core.Version)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new BuildingBlockFeed(directory, core.Version, packages);
    }
}
