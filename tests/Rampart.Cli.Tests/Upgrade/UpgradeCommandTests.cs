using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;
using Rampart.Cli.Tests.Support;
using Rampart.Scaffolding.Templates;

namespace Rampart.Cli.Tests.Upgrade;

/// <summary><c>rampart upgrade</c>'s refusals and its no-op: each decided before anything is written or built.</summary>
public sealed class UpgradeCommandTests : IDisposable
{
    private readonly ScaffoldCliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Props => _cli.PathOf("Shop", "Directory.Packages.props");

    [Fact]
    public async Task Upgrade_OutsideASolution_IsInvalidInput()
    {
        var code = await _cli.RunAsync("upgrade");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("No rampart.json", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upgrade_SolutionOfThisTool_IsUpToDate()
    {
        await GenerateAsync(commit: true);

        var code = await _cli.RunAsync("upgrade", "Shop");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"Shop is up to date: building blocks {ShippedVersion}", _cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upgrade_UncommittedChanges_RefusedNamingThemAndNothingChanges()
    {
        await GenerateAsync(commit: true, rampartVersion: "0.0.1");
        await File.WriteAllTextAsync(_cli.PathOf("Shop", "notes.txt"), "mine");
        var before = _cli.Snapshot();

        var code = await _cli.RunAsync("upgrade", "Shop");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("has uncommitted changes (notes.txt)", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("or pass --force", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());
    }

    [Fact]
    public async Task Upgrade_NotInGit_RefusedUnlessForced()
    {
        await GenerateAsync(commit: false, rampartVersion: "0.0.1");
        var before = _cli.Snapshot();

        var code = await _cli.RunAsync("upgrade", "Shop");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("is not in a git repository", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());
    }

    [Fact]
    public async Task Upgrade_SolutionNewerThanTheTool_RefusedWithTheFix()
    {
        await GenerateAsync(commit: true, rampartVersion: "99.0.0");

        var code = await _cli.RunAsync("upgrade", "Shop", "--force");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains($"uses the building blocks 99.0.0, newer than this rampart's {ShippedVersion}", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("dotnet tool update -g Rampart.Cli", _cli.Error, StringComparison.Ordinal);
    }

    private static string ShippedVersion => BuildingBlockFeed.Load(TemplateCatalog.Installed.PackageFeedDirectory).Version;

    private async Task GenerateAsync(bool commit, string? rampartVersion = null)
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop"));
        if (rampartVersion is not null)
        {
            var props = await File.ReadAllTextAsync(Props);
            await File.WriteAllTextAsync(Props, props.Replace($"<RampartVersion>{ShippedVersion}<", $"<RampartVersion>{rampartVersion}<", StringComparison.Ordinal));
        }

        if (commit)
        {
            GitRepository.Init(_cli.PathOf("Shop")).Commit("dev", DateTimeOffset.UtcNow, "Generated");
        }
    }
}
