using System.Text;
using DiffPlex.Renderer;
using NuGet.Versioning;
using Rampart.LocalServers;
using Rampart.Scaffolding.Templates;

namespace Rampart.Scaffolding.Upgrade;

/// <summary>
/// <c>rampart upgrade</c>: moves a generated solution's building blocks (the <c>RampartVersion</c> pin and the local
/// feed in <c>packages/</c>) and the package pins of its template to what the installed tool ships, then restores and
/// builds; a solution that does not build afterwards is put back as it was.
/// </summary>
public sealed class SolutionUpgrader(TemplateCatalog catalog, string changelogPath)
{
    private const string PackagesFolder = "packages";

    /// <summary>The upgrader of the running tool: its catalog and the CHANGELOG.md shipped next to it.</summary>
    public static SolutionUpgrader Installed { get; } = new(TemplateCatalog.Installed, Path.Combine(AppContext.BaseDirectory, "CHANGELOG.md"));

    /// <summary>Plans the upgrade of the solution at or above <paramref name="path"/>; writes nothing.</summary>
    public UpgradePlan Plan(string path)
    {
        var solution = SolutionFolder.Find(path);
        var settings = ProjectSettings.Load(solution);
        var propsPath = Path.Combine(solution, PackageVersionsFile.FileName);
        if (!File.Exists(propsPath))
        {
            throw new ScaffoldingException($"{PackageVersionsFile.FileName} is missing in '{solution}'.", "rampart upgrade moves the versions pinned there: restore it from version control, or generate the solution again.");
        }

        var props = File.ReadAllText(propsPath);
        var from = PackageVersionsFile.RampartVersion(props) ?? throw new ScaffoldingException($"{PackageVersionsFile.FileName} has no <RampartVersion>.", "Add the building blocks' version as <RampartVersion> (rampart new writes it), then run rampart upgrade again.");
        var feed = BuildingBlockFeed.Load(catalog.PackageFeedDirectory);
        RefuseDowngrade(from, feed.Version);

        var template = File.ReadAllText(Path.Combine(catalog.PatternDirectory(settings.Pattern), PackageVersionsFile.FileName));
        var (raised, pins) = PackageVersionsFile.RaisePins(PackageVersionsFile.WithRampartVersion(props, feed.Version), PackageVersionsFile.Pins(template));
        var existing = Directory.Exists(Path.Combine(solution, PackagesFolder))
            ? Directory.GetFiles(Path.Combine(solution, PackagesFolder), "Rampart.*.nupkg").Select(Path.GetFileName).OfType<string>().ToList()
            : [];
        var added = feed.Packages.Where(package => !existing.Contains(Path.GetFileName(package), StringComparer.Ordinal)).ToList();
        var removed = existing.Where(name => BuildingBlockPackage.Parse(name) is { } package && package.Version != feed.Version).Order(StringComparer.Ordinal).ToList();
        var changes = File.Exists(changelogPath) ? Changelog.Parse(File.ReadAllText(changelogPath)).Between(from, feed.Version) : string.Empty;
        return new UpgradePlan(solution, from, feed.Version, raised, pins, added, removed, changes, Diff(props, raised, added, removed));
    }

    /// <summary>Writes the plan, then restores and builds; on a failed build every file is put back and the build output thrown.</summary>
    public static async Task ApplyAsync(UpgradePlan plan, IServerOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        var props = Path.Combine(plan.SolutionDirectory, PackageVersionsFile.FileName);
        var packages = Path.Combine(plan.SolutionDirectory, PackagesFolder);
        var before = File.ReadAllBytes(props);
        var removed = plan.RemovedPackages.ToDictionary(name => name, name => File.ReadAllBytes(Path.Combine(packages, name)), StringComparer.Ordinal);
        try
        {
            Directory.CreateDirectory(packages);
            foreach (var package in plan.AddedPackages)
            {
                File.Copy(package, Path.Combine(packages, Path.GetFileName(package)), overwrite: true);
            }

            File.WriteAllText(props, plan.PackagesProps);
            foreach (var name in plan.RemovedPackages)
            {
                File.Delete(Path.Combine(packages, name));
            }

            output.Info("Restoring and building with the new versions...");
            var build = await ProcessRunner.RunAsync("dotnet", ["build", "--nologo", "-v", "q", "-clp:NoSummary"], cancellationToken, workingDirectory: plan.SolutionDirectory);
            if (!build.Succeeded)
            {
                throw new ScaffoldingException(
                    $"The solution does not build with the building blocks {plan.To}; every file was put back as it was:\n{build.Text}",
                    "Read the errors above (the changes between the versions say what moved), adapt your code, then run rampart upgrade again.",
                    ScaffoldingErrorKind.Environment);
            }
        }
        catch
        {
            File.WriteAllBytes(props, before);
            foreach (var package in plan.AddedPackages)
            {
                File.Delete(Path.Combine(packages, Path.GetFileName(package)));
            }

            foreach (var (name, content) in removed)
            {
                File.WriteAllBytes(Path.Combine(packages, name), content);
            }

            throw;
        }
    }

    private static void RefuseDowngrade(string from, string to)
    {
        if (!NuGetVersion.TryParse(from, out var current))
        {
            throw new ScaffoldingException($"<RampartVersion>{from}</RampartVersion> is not a package version.", $"Set it to the version in the file names under {PackagesFolder}/, then run rampart upgrade again.");
        }

        if (Changelog.ReleaseLine(from) > Changelog.ReleaseLine(to) || (current > NuGetVersion.Parse(to) && !current.IsPrerelease))
        {
            throw new ScaffoldingException($"The solution uses the building blocks {from}, newer than this rampart's {to}.", "Install a newer rampart tool (dotnet tool update -g Rampart.Cli), then run rampart upgrade again.");
        }
    }

    private static string Diff(string before, string after, IReadOnlyList<string> added, IReadOnlyList<string> removed)
    {
        var diff = new StringBuilder();
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            diff.Append(UnidiffRenderer.GenerateUnidiff(before, after, $"a/{PackageVersionsFile.FileName}", $"b/{PackageVersionsFile.FileName}", ignoreWhitespace: false, ignoreCase: false, contextLines: 1));
        }

        foreach (var name in removed)
        {
            diff.Append(System.Globalization.CultureInfo.InvariantCulture, $"deleted: {PackagesFolder}/{name}\n");
        }

        foreach (var package in added)
        {
            diff.Append(System.Globalization.CultureInfo.InvariantCulture, $"added:   {PackagesFolder}/{Path.GetFileName(package)}\n");
        }

        return diff.ToString();
    }
}
