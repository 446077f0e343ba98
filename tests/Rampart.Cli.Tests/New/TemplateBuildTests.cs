using Rampart.Scaffolding.Templates;

namespace Rampart.Cli.Tests.New;

/// <summary>Templates are real code: each one builds as it stands, with every option's branch turned on and off.</summary>
[Collection(ScaffoldEndToEndLane.Name)]
[Trait("Category", "EndToEnd")]
public sealed class TemplateBuildTests : IDisposable
{
    private readonly ScaffoldCliRun _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("inprocess")]
    [InlineData("rabbitmq")]
    public async Task ModularMonolith_AsItStands_Builds(string broker)
    {
        // A copy of the shipped template, so its build output stays out of the source tree.
        var template = Path.Combine(TemplateCatalog.Installed.TemplatesDirectory, "patterns", "modular-monolith");
        var copy = _work.PathOf("modular-monolith");
        foreach (var file in Directory.EnumerateFiles(template, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(template, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var build = await ScaffoldProcess.RunAsync(
            "dotnet",
            ["build", "--nologo", "-v", "q", $"-p:Broker={broker}", $"-p:RestoreAdditionalProjectSources={TemplateCatalog.Installed.PackageFeedDirectory}"],
            copy,
            TimeSpan.FromMinutes(4));

        Assert.True(build.ExitCode == 0, build.Output);
    }

    [Fact]
    public void ModularMonolith_PackageVersion_MatchesTheShippedBuildingBlocks()
    {
        var props = File.ReadAllText(Path.Combine(TemplateCatalog.Installed.TemplatesDirectory, "patterns", "modular-monolith", "Directory.Packages.props"));
        var version = typeof(TemplateCatalog).Assembly.GetName().Version!.ToString(3);

        Assert.Contains($"<RampartVersion>{version}</RampartVersion>", props, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(TemplateCatalog.Installed.PackageFeedDirectory, $"Rampart.AspNetCore.{version}.nupkg")));
    }
}
