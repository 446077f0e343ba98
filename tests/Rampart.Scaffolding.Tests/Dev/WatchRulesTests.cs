using Microsoft.Extensions.Time.Testing;
using Rampart.Scaffolding.Dev;

namespace Rampart.Scaffolding.Tests.Dev;

/// <summary>What <c>rampart dev --watch</c> follows, how it waits for a burst of saves to settle, and what it prints.</summary>
public sealed class WatchRulesTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);

    [Theory]
    [InlineData("Shop.Host/Program.cs", true)]
    [InlineData("Modules/Orders/Shop.Modules.Orders/Orders/Order.cs", true)]
    [InlineData("Shop.Host/Shop.Host.csproj", true)]
    [InlineData("Shop.Host/appsettings.json", true)]
    [InlineData("Shop.Host/appsettings.Development.json", true)]
    [InlineData("Shop.Host/PROGRAM.CS", true)]
    [InlineData("Shop.Host/bin/Debug/net10.0/Shop.Host.dll", false)]
    [InlineData("Shop.Host/obj/Debug/net10.0/Shop.Host.AssemblyInfo.cs", false)]
    [InlineData("Shop.Host/bin/Debug/net10.0/appsettings.json", false)]
    [InlineData("Shop.Host/.vs/state.cs", false)]
    [InlineData("Shop.Host/.Program.cs.swp", false)]
    [InlineData("Shop.Host/.#Program.cs", false)]
    [InlineData("Shop.Host/Program.cs~", false)]
    [InlineData("Shop.Host/4913", false)]
    [InlineData("Shop.Host/wwwroot/site.css", false)]
    [InlineData("Shop.Host/launchSettings.json", false)]
    [InlineData(@"Shop.Host\obj\project.assets.json", false)]
    [InlineData("", false)]
    public void IsWatched_SourcesProjectsAndSettings_NeverBuildOutputOrEditorFiles(string path, bool watched) =>
        Assert.Equal(watched, WatchedFiles.IsWatched(path));

    [Fact]
    public async Task Debouncer_BurstOfSaves_IsOneBatchOnceTheFilesAreQuiet()
    {
        var time = new FakeTimeProvider();
        using var debouncer = new ChangeDebouncer(time, Quiet);

        var next = debouncer.NextAsync(CancellationToken.None);
        debouncer.Notify("src/a.cs");
        time.Advance(TimeSpan.FromMilliseconds(300));
        debouncer.Notify("src/b.cs");
        time.Advance(TimeSpan.FromMilliseconds(300));
        debouncer.Notify("src/a.cs");
        time.Advance(TimeSpan.FromMilliseconds(399));

        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["src/a.cs", "src/b.cs"], await next.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Debouncer_ChangesWhileNobodyWaits_AreKeptForTheNextWait()
    {
        var time = new FakeTimeProvider();
        using var debouncer = new ChangeDebouncer(time, Quiet);

        debouncer.Notify("src/during-the-build.cs");
        time.Advance(Quiet);
        debouncer.Notify("src/later.cs");
        time.Advance(Quiet);

        Assert.Equal(["src/during-the-build.cs", "src/later.cs"], await debouncer.NextAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));
        var following = debouncer.NextAsync(CancellationToken.None);
        Assert.False(following.IsCompleted);
    }

    [Fact]
    public async Task Debouncer_NoChange_WaitsUntilCancelled()
    {
        var time = new FakeTimeProvider();
        using var debouncer = new ChangeDebouncer(time, Quiet);
        using var stop = new CancellationTokenSource();

        var next = debouncer.NextAsync(stop.Token);
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.False(next.IsCompleted);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
    }

    [Theory]
    [InlineData(new[] { "src/Shop.Host/Program.cs" }, "src/Shop.Host/Program.cs changed")]
    [InlineData(new[] { "src/a.cs", "src/b.cs", "src/c.cs" }, "src/a.cs and 2 more changed")]
    public void Describe_NamesTheFirstFileAndCountsTheRest(string[] changed, string expected) =>
        Assert.Equal(expected, DevWatch.Describe(changed));

    [Fact]
    public void BuildErrors_EachOnceRelativeWithoutTheProjectSuffix()
    {
        var root = Path.Combine(Path.GetTempPath(), "Shop");
        var program = Path.Combine(root, "src", "Shop.Host", "Program.cs");
        var text = $"""
            {program}(41,45): error CS1525: Invalid expression term ')' [{Path.Combine(root, "src", "Shop.Host", "Shop.Host.csproj")}]
            {program}(41,45): error CS1525: Invalid expression term ')' [{Path.Combine(root, "src", "Shop.Host", "Shop.Host.csproj")}]
            Build FAILED.
            """;

        var errors = DevHost.Errors(text, root);

        Assert.Equal([$"src{Path.DirectorySeparatorChar}Shop.Host{Path.DirectorySeparatorChar}Program.cs(41,45): error CS1525: Invalid expression term ')'"], errors);
    }

    [Fact]
    public void BuildErrors_NoErrorLine_KeepsTheWholeOutput()
    {
        var errors = DevHost.Errors("Unable to load the service index for source packages.\nBuild FAILED.", "/nowhere");

        Assert.Equal(["Unable to load the service index for source packages.", "Build FAILED."], errors);
    }
}
