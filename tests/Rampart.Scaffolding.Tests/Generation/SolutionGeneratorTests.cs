using Rampart.Scaffolding.Generation;

namespace Rampart.Scaffolding.Tests.Generation;

public sealed class SolutionGeneratorTests : IDisposable
{
    private readonly TemplateFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private GenerationRequest Request(string name = "Shop", string? output = null, string? pattern = null, string example = "none", string broker = "inprocess", bool dryRun = false, bool force = false, string jobs = GenerationRequest.NoJobs) =>
        new(name, output ?? _fixture.WorkPath(name), pattern, example, broker, dryRun, force, jobs);

    private GenerationResult Generate(GenerationRequest request) => new SolutionGenerator(_fixture.Catalog).Generate(request);

    [Fact]
    public void Generate_Name_RenamesPathsAndContents()
    {
        var result = Generate(Request());

        var program = File.ReadAllText(_fixture.WorkPath("Shop", "src", "Shop.Host", "Program.cs"));
        Assert.StartsWith("namespace Shop.Host;", program, StringComparison.Ordinal);
        Assert.Equal("POSTGRES_DB: shop\n", File.ReadAllText(_fixture.WorkPath("Shop", "docker-compose.yml")));
        Assert.DoesNotContain(result.Files, file => file.Contains("Skeleton", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_Always_LeavesOutExcludedFilesAndAddsPackages()
    {
        var result = Generate(Request());

        Assert.DoesNotContain("template.json", result.Files);
        Assert.DoesNotContain(result.Files, file => file.Contains("/bin/", StringComparison.Ordinal));
        Assert.Contains("packages/Rampart.AspNetCore.0.1.0.nupkg", result.Files);
        Assert.True(File.Exists(_fixture.WorkPath("Shop", "packages", "Rampart.AspNetCore.0.1.0.nupkg")));
    }

    [Fact]
    public void Generate_InProcessBroker_DropsRabbitMqCodeAndFiles()
    {
        var result = Generate(Request());

        Assert.DoesNotContain("src/Shop.Host/RabbitHealth.cs", result.Files);
        Assert.Equal("namespace Shop.Host;\n#if DEBUG\n// debug\n#endif\n", File.ReadAllText(_fixture.WorkPath("Shop", "src", "Shop.Host", "Program.cs")));
        Assert.Equal("inprocess", ProjectSettings.Load(_fixture.WorkPath("Shop")).Broker);
    }

    [Fact]
    public void Generate_RabbitMqBroker_KeepsRabbitMqCodeAndFiles()
    {
        var result = Generate(Request(broker: "rabbitmq"));

        Assert.Contains("src/Shop.Host/RabbitHealth.cs", result.Files);
        Assert.Contains("// rabbit", File.ReadAllText(_fixture.WorkPath("Shop", "src", "Shop.Host", "Program.cs")), StringComparison.Ordinal);
        var settings = ProjectSettings.Load(_fixture.WorkPath("Shop"));
        Assert.Equal(new ProjectSettings("modular-monolith", "src/Shop.Host/Shop.Host.csproj", "shop", "rabbitmq"), settings);
    }

    [Fact]
    public void Generate_DryRun_ListsFilesAndWritesNothing()
    {
        var result = Generate(Request(dryRun: true));

        Assert.True(result.DryRun);
        Assert.Contains("src/Shop.Host/Program.cs", result.Files);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_fixture.Work));
    }

    [Fact]
    public void Generate_NonEmptyTarget_IsRefusedAndLeftUnchanged()
    {
        var target = _fixture.WorkPath("Shop");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "mine.txt"), "keep");

        var error = Assert.Throws<ScaffoldingException>(() => Generate(Request()));

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("--force", error.Fix, StringComparison.Ordinal);
        Assert.Equal(["mine.txt"], Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName));
    }

    [Fact]
    public void Generate_NonEmptyTargetWithForce_WritesAndKeepsOtherFiles()
    {
        var target = _fixture.WorkPath("Shop");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "mine.txt"), "keep");
        File.WriteAllText(Path.Combine(target, "docker-compose.yml"), "old");

        Generate(Request(force: true));

        Assert.Equal("keep", File.ReadAllText(Path.Combine(target, "mine.txt")));
        Assert.Equal("POSTGRES_DB: shop\n", File.ReadAllText(Path.Combine(target, "docker-compose.yml")));
    }

    [Fact]
    public void Generate_EmptyExistingTarget_IsAccepted()
    {
        Directory.CreateDirectory(_fixture.WorkPath("Shop"));

        Generate(Request());

        Assert.True(File.Exists(_fixture.WorkPath("Shop", "rampart.json")));
    }

    [Fact]
    public void Generate_MissingParentFolders_AreCreated()
    {
        Generate(Request(output: _fixture.WorkPath("a", "b", "Shop")));

        Assert.True(File.Exists(_fixture.WorkPath("a", "b", "Shop", "rampart.json")));
    }

    [Fact]
    public void Generate_FailureWhileWriting_LeavesNothing()
    {
        // Two template files that map to the same generated path make the write fail halfway.
        _fixture.WriteTemplateFile("Shop.txt", "one");
        _fixture.WriteTemplateFile("Skeleton.txt", "two");

        var error = Assert.Throws<ScaffoldingException>(() => Generate(Request()));

        Assert.Equal(ScaffoldingErrorKind.Environment, error.Kind);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_fixture.Work));
    }

    [Theory]
    [InlineData("class")]
    [InlineData("System")]
    [InlineData("my-shop")]
    public void Generate_BadName_IsRefusedAndWritesNothing(string name)
    {
        var error = Assert.Throws<ScaffoldingException>(() => Generate(Request(name: name, output: _fixture.WorkPath("out"))));

        Assert.Equal(ScaffoldingErrorKind.InvalidInput, error.Kind);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_fixture.Work));
    }

    [Fact]
    public void Generate_UnknownPattern_ListsAvailablePatterns()
    {
        var error = Assert.Throws<ScaffoldingException>(() => Generate(Request(pattern: "hexagonal")));

        Assert.Contains("'hexagonal' is not available yet (available: modular-monolith)", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_fixture.Work));
    }

    [Fact]
    public void Generate_NoPattern_UsesTheDefault() => Assert.Equal("modular-monolith", Generate(Request(dryRun: true)).Pattern);

    [Fact]
    public void Generate_ExampleThePatternLacks_FailsAsNotAvailable()
    {
        var error = Assert.Throws<ScaffoldingException>(() => Generate(Request(example: "blog")));

        Assert.Equal(ScaffoldingErrorKind.Environment, error.Kind);
        Assert.Contains("'blog' is not available for the pattern 'modular-monolith' (available examples: shop)", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_fixture.Work));
    }

    [Fact]
    public void Generate_JobsThePatternLacks_FailsAsNotAvailableAndWritesNothing()
    {
        var error = Assert.Throws<ScaffoldingException>(() => Generate(Request(jobs: GenerationRequest.QuartzJobs)));

        Assert.Equal(ScaffoldingErrorKind.Environment, error.Kind);
        Assert.Contains("Scheduled jobs (--jobs) are not available for the pattern 'modular-monolith'", error.Message, StringComparison.Ordinal);
        Assert.Equal("Leave out --jobs.", error.Fix);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_fixture.Work));
    }

    [Theory]
    [InlineData(GenerationRequest.QuartzJobs, true)]
    [InlineData(GenerationRequest.NoJobs, false)]
    public void Generate_PatternWithJobs_KeepsTheJobsCodeOnlyWhenAsked(string jobs, bool kept)
    {
        var manifest = File.ReadAllText(Path.Combine(_fixture.TemplateDirectory, "template.json")).Replace(
            "\"RAMPART_EXAMPLE_SHOP\":",
            "\"RAMPART_JOBS_QUARTZ\": { \"option\": \"jobs\", \"value\": \"quartz\" },\n    \"RAMPART_EXAMPLE_SHOP\":",
            StringComparison.Ordinal);
        _fixture.WriteTemplateFile("template.json", manifest);
        _fixture.WriteTemplateFile("src/Skeleton.Host/Jobs.cs", "namespace Skeleton.Host;\n#if RAMPART_JOBS_QUARTZ\n// AddRampartJobs\n#endif\n");

        Generate(Request(jobs: jobs));

        Assert.Equal(kept, File.ReadAllText(_fixture.WorkPath("Shop", "src", "Shop.Host", "Jobs.cs")).Contains("// AddRampartJobs", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_ShopExample_KeepsShopFilesAndBlocks()
    {
        var result = Generate(Request(example: "shop"));

        Assert.Contains("src/Modules/Catalog/Shop.Modules.Catalog/CatalogModule.cs", result.Files);
        Assert.DoesNotContain("tests/CleanOnly.cs", result.Files);
        Assert.Contains("<Shop />", File.ReadAllText(_fixture.WorkPath("Shop", "Directory.Packages.props")), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_NoExample_DropsShopFilesAndBlocks()
    {
        var result = Generate(Request());

        Assert.DoesNotContain(result.Files, file => file.StartsWith("src/Modules/Catalog/", StringComparison.Ordinal));
        Assert.Contains("tests/CleanOnly.cs", result.Files);
        Assert.DoesNotContain("<Shop />", File.ReadAllText(_fixture.WorkPath("Shop", "Directory.Packages.props")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("shop")]
    public void Generate_AnyExample_DropsTheRepositorySourceBuildSwitch(string example)
    {
        Generate(Request(example: example));

        Assert.Equal("<Project>\n</Project>\n", File.ReadAllText(_fixture.WorkPath("Shop", "Directory.Build.targets")));
    }

    [Fact]
    public void Generate_Always_PinsTheShippedBuildingBlockVersion()
    {
        Generate(Request());

        Assert.Contains("<RampartVersion>0.1.0</RampartVersion>", File.ReadAllText(_fixture.WorkPath("Shop", "Directory.Packages.props")), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_FeedWithAnOlderBuild_ShipsAndPinsOnlyTheNewest()
    {
        var newer = Path.Combine(_fixture.Catalog.PackageFeedDirectory, "Rampart.AspNetCore.0.1.0-dev.0123456789ab.nupkg");
        File.WriteAllText(newer, "newer");
        File.WriteAllText(Path.Combine(_fixture.Catalog.PackageFeedDirectory, "Rampart.AspNetCore.Data.0.1.0-dev.0123456789ab.nupkg"), "newer");
        File.SetLastWriteTimeUtc(newer, DateTime.UtcNow.AddMinutes(1));

        var result = Generate(Request());

        Assert.Equal(
            ["packages/Rampart.AspNetCore.0.1.0-dev.0123456789ab.nupkg", "packages/Rampart.AspNetCore.Data.0.1.0-dev.0123456789ab.nupkg"],
            result.Files.Where(file => file.StartsWith("packages/", StringComparison.Ordinal)));
        Assert.Contains("<RampartVersion>0.1.0-dev.0123456789ab</RampartVersion>", File.ReadAllText(_fixture.WorkPath("Shop", "Directory.Packages.props")), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_UnknownBroker_IsRefused()
    {
        var error = Assert.Throws<ScaffoldingException>(() => Generate(Request(broker: "kafka")));

        Assert.Contains("kafka", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_fixture.Work));
    }

    [Fact]
    public void Generate_MissingPackages_FailsBeforeWriting()
    {
        Directory.Delete(_fixture.Catalog.PackageFeedDirectory, recursive: true);

        var error = Assert.Throws<ScaffoldingException>(() => Generate(Request()));

        Assert.Equal(ScaffoldingErrorKind.Environment, error.Kind);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_fixture.Work));
    }
}
