using System.Text.RegularExpressions;
using Rampart.Scaffolding.Templates;
using Rampart.Testing;

namespace Rampart.Cli.Tests.New;

/// <summary>
/// Templates are real code: each one builds as it stands, with every option's branch turned on and off. The rabbitmq
/// row turns every option on (jobs, the Redis cache, GraphQL beside REST where the template serves it), the inprocess row every option off: two builds per pattern.
/// </summary>
[Collection(ScaffoldEndToEndLane.Name)]
[Trait("Category", "EndToEnd")]
public sealed class TemplateBuildTests : IDisposable
{
    private readonly ScaffoldCliRun _work = new();

    public void Dispose() => _work.Dispose();

    public static TheoryData<string, string> PatternsAndBrokers()
    {
        var rows = new TheoryData<string, string>();
        foreach (var pattern in TemplateCatalog.Installed.Patterns)
        {
            rows.Add(pattern, "inprocess");
            rows.Add(pattern, "rabbitmq");
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(PatternsAndBrokers))]
    public async Task Template_AsItStands_Builds(string pattern, string broker)
    {
        // A copy of the shipped template, so its build output stays out of the source tree.
        var template = Path.Combine(TemplateCatalog.Installed.TemplatesDirectory, "patterns", pattern);
        var copy = _work.PathOf(pattern);
        foreach (var file in Directory.EnumerateFiles(template, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(template, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var build = await TestProcess.RunAsync(
            "dotnet",
            ["build", "--nologo", "-v", "q", $"-p:Broker={broker}", broker == "rabbitmq" ? "-p:Jobs=quartz" : "-p:Jobs=none", broker == "rabbitmq" ? "-p:Cache=redis" : "-p:Cache=memory", broker == "rabbitmq" ? "-p:Api=both" : "-p:Api=rest", $"-p:RampartVersion={ShippedVersion()}", $"-p:RestoreAdditionalProjectSources={TemplateCatalog.Installed.PackageFeedDirectory}"],
            copy,
            TestProcess.SolutionBound);

        Assert.True(build.ExitCode == 0, build.Output);
    }

    [Fact]
    public void ShippedBuildingBlocks_OneContentDerivedVersion_ForEveryBlock()
    {
        var version = ShippedVersion();
        var toolVersion = typeof(TemplateCatalog).Assembly.GetName().Version!.ToString(3);

        Assert.Matches($@"^{Regex.Escape(toolVersion)}-dev\.[0-9a-f]{{12}}$", version);
        foreach (var block in new[] { "Rampart.AspNetCore", "Rampart.AspNetCore.Data", "Rampart.AspNetCore.Identity" })
        {
            Assert.True(File.Exists(Path.Combine(TemplateCatalog.Installed.PackageFeedDirectory, $"{block}.{version}.nupkg")), block);
        }
    }

    /// <summary>The version of the newest core package in the tool's feed (the one rampart new ships and pins).</summary>
    private static string ShippedVersion() =>
        Directory.GetFiles(TemplateCatalog.Installed.PackageFeedDirectory, "Rampart.AspNetCore.*.nupkg")
            .Select(path => Regex.Match(Path.GetFileName(path), @"^Rampart\.AspNetCore\.(\d.*)\.nupkg$"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .OrderByDescending(version => File.GetLastWriteTimeUtc(Path.Combine(TemplateCatalog.Installed.PackageFeedDirectory, $"Rampart.AspNetCore.{version}.nupkg")))
            .First();
}
