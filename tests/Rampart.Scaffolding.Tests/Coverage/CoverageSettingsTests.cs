using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Rampart.Scaffolding.Tests.Containers;

namespace Rampart.Scaffolding.Tests.Coverage;

/// <summary>
/// The coverage gate of every generated solution, read as files: one thresholds file (<c>coverage.props</c>) with the
/// seeds' defaults, the test project wired to coverlet's collector and to the gate, and parts that measure the Shop's code.
/// </summary>
public sealed class CoverageSettingsTests
{
    public static TheoryData<string, string, string> Variants() => GeneratedFiles.Variants();

    [Theory]
    [MemberData(nameof(Variants))]
    public void CoverageProps_NamesEachPartWithFilesAndTheSeedsThresholds(string pattern, string broker, string example)
    {
        var parts = Parts(GeneratedFiles.Plan(pattern, broker, example));

        Assert.Equal(2, parts.Count);
        Assert.All(parts, part => Assert.False(string.IsNullOrWhiteSpace(part.Files), $"{part.Name} names no files"));
        // The first part is the domain or use-case code (80%), the second the HTTP edge (70%); a skeleton starts at 0,
        // its shared kernel having no resource yet to be tested through (docs/adr/0172), except the modular monolith's,
        // whose Identity module and its tests hold the bars from the first build.
        Assert.Equal(example == "shop" || pattern == "modular-monolith" ? [80d, 70d] : [0d, 0d], parts.Select(part => part.Threshold));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void TestProject_CollectsWithCoverletsCollectorAndImportsTheGate(string pattern, string broker, string example)
    {
        var files = GeneratedFiles.Plan(pattern, broker, example);
        var project = XDocument.Parse(files.Text($"tests/{GeneratedFiles.Name}.Tests/{GeneratedFiles.Name}.Tests.csproj"));
        var packages = XDocument.Parse(files.Text("Directory.Packages.props"));
        var gate = XDocument.Parse(files.Text("build/Coverage.targets"));
        var settings = XDocument.Parse(files.Text("build/coverage.runsettings"));

        // The collector writes the hits before the session ends; coverlet.msbuild's exit-time write could be cut off by
        // the test platform and fail a green run with 0% (docs/adr/0177).
        Assert.Contains(project.Descendants("PackageReference"), p => (string?)p.Attribute("Include") == "coverlet.collector");
        Assert.DoesNotContain(packages.Descendants("PackageVersion"), p => (string?)p.Attribute("Include") == "coverlet.msbuild");
        Assert.Contains(project.Descendants("Import"), i => (string?)i.Attribute("Project") == @"..\..\build\Coverage.targets");
        Assert.Contains(packages.Descendants("PackageVersion"), p => (string?)p.Attribute("Include") == "coverlet.collector" && (string?)p.Attribute("Version") == "10.1.1");
        Assert.Equal("XPlat Code Coverage", gate.Descendants("VSTestCollect").Single().Value);
        Assert.Equal($"[{GeneratedFiles.Name}*]*", settings.Descendants("Include").Single().Value);
        Assert.Equal("cobertura", settings.Descendants("Format").Single().Value);
        Assert.Contains(gate.Descendants("Target"), t => (string?)t.Attribute("Name") == "CopyCoverageReport" && (string?)t.Attribute("AfterTargets") == "VSTest");
        Assert.Contains(gate.Descendants("Target"), t => (string?)t.Attribute("Name") == "CheckCoverage" && (string?)t.Attribute("AfterTargets") == "CopyCoverageReport");
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void EveryPart_MeasuresSomeOfTheShopsCode(string pattern, string broker, string example)
    {
        if (example != "shop")
        {
            return; // the skeleton may have no lines in a part: the gate passes such a part (README, docs/adr/0172)
        }

        var files = GeneratedFiles.Plan(pattern, broker, example);
        var sources = files.Paths.Where(path => path.EndsWith(".cs", StringComparison.Ordinal) && !path.Contains("/Migrations/", StringComparison.Ordinal)).ToList();

        Assert.All(Parts(files), part =>
        {
            var measured = sources.Where(path => Matches(part.Files, path) && !Matches(part.Exclude, path)).ToList();
            Assert.True(measured.Count > 0, $"{pattern}: the part '{part.Name}' ({part.Files}) measures no file of the Shop");
        });
    }

    [Fact]
    public void Glob_MatchesAsTheGateDoes()
    {
        Assert.True(Matches("src/Shop/**/*Service.cs", "src/Shop/Products/ProductService.cs"));
        Assert.True(Matches("src/Shop/**/*Service.cs", "src/Shop/ProductService.cs"));
        Assert.False(Matches("src/Shop/**/*Service.cs", "src/Shop/Products/ProductServices.cs"));
        Assert.False(Matches("src/Shop.Core/*.cs", "src/Shop.Core/Orders/Order.cs"));
    }

    private static List<(string Name, string Files, string Exclude, double Threshold)> Parts(GeneratedFiles files) =>
    [
        .. XDocument.Parse(files.Text("coverage.props")).Descendants("CoveragePart").Select(part => (
            (string?)part.Attribute("Include") ?? "",
            (string?)part.Attribute("Files") ?? "",
            (string?)part.Attribute("Exclude") ?? "",
            double.Parse((string?)part.Attribute("Threshold") ?? "", CultureInfo.InvariantCulture))),
    ];

    // The glob of build/Coverage.targets: ** spans folders, * and ? stay within one; a list is split on ';'.
    private static bool Matches(string globs, string path) =>
        globs.Split(';', StringSplitOptions.RemoveEmptyEntries).Any(glob => Regex.IsMatch(path,
            "^" + Regex.Escape(glob.Trim()).Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal).Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$"));
}
