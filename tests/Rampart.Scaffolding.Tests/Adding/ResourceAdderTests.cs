using System.Diagnostics;
using Rampart.Scaffolding.Adding;
using Rampart.Scaffolding.Templates;
using Rampart.Testing;

namespace Rampart.Scaffolding.Tests.Adding;

/// <summary>
/// The refusals of <c>rampart add resource</c>, each before anything is written, on a small solution of the standard
/// layout (the end-to-end test runs the whole command, migration included, on a generated service).
/// </summary>
public sealed class ResourceAdderTests : IDisposable
{
    private readonly TemporaryDirectory _solution = new();
    private readonly ResourceAdder _adder = new(new TemplateCatalog(Path.Combine(RepositoryRoot.Find(), "templates"), Path.Combine(RepositoryRoot.Find(), "artifacts", "feed")));

    public ResourceAdderTests()
    {
        _solution.Write("rampart.json", """{ "pattern": "standard", "host": "src/Shop/Shop.csproj", "database": "shop", "broker": "inprocess" }""");
        _solution.Write("src/Shop/Program.cs", "using Shop.Data;\n\nvar builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddDatabase(builder.Configuration);\n\nvar app = builder.Build();\napp.Run();\n");
        _solution.Write("src/Shop/Data/AppDbContext.cs", "using Microsoft.EntityFrameworkCore;\n\nnamespace Shop.Data;\n\npublic sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)\n{\n    protected override void OnModelCreating(ModelBuilder modelBuilder)\n    {\n        modelBuilder.ApplyRampartConventions();\n    }\n}\n");
        _solution.Write("src/Shop/Orders/OrderLine.cs", "namespace Shop.Orders;\n\npublic sealed class OrderLine;\n");
    }

    public void Dispose() => _solution.Dispose();

    [Fact]
    public async Task DryRun_ListsTheFilesAndTheDiff_AndWritesNothing()
    {
        var before = Snapshot();

        var result = await AddAsync("gift-card", dryRun: true);

        Assert.True(result.DryRun);
        Assert.Contains("src/Shop/GiftCards/GiftCardsController.cs", result.Created);
        Assert.Contains("tests/Shop.Tests/GiftCards/GiftCardsApiTests.cs", result.Created);
        Assert.Equal(["src/Shop/Data/AppDbContext.cs", "src/Shop/Program.cs"], result.Changed.Select(c => c.Path));
        Assert.Contains("+    public DbSet<GiftCard> GiftCards => Set<GiftCard>();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+builder.Services.AddGiftCards();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("resource 'gift-card' → type GiftCard, collection GiftCards, route /api/v1/gift-cards, table gift_cards", result.Normalisation);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task OutsideARampartSolution_IsRefused()
    {
        using var elsewhere = new TemporaryDirectory();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => _adder.AddAsync(Request(elsewhere.Path, "gift-card", dryRun: false), _ => { }, CancellationToken.None));

        Assert.Contains("is not inside a Rampart solution", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromASubfolder_FindsTheSolution()
    {
        var result = await _adder.AddAsync(Request(_solution.Combine("src", "Shop"), "gift-card", dryRun: true), _ => { }, CancellationToken.None);

        Assert.Equal(_solution.Path, result.SolutionDirectory);
    }

    [Fact]
    public async Task APatternWithoutItemTemplates_IsRefusedNamingThoseThatHave()
    {
        // Every shipped pattern has them: a solution of a pattern this rampart does not know (made by a newer one) is refused.
        _solution.Write("rampart.json", """{ "pattern": "onion", "host": "src/Shop.Api/Shop.Api.csproj", "database": "shop", "broker": "inprocess" }""");
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("gift-card"));

        Assert.Contains("does not support the onion pattern yet (it does: clean, hexagonal, modular-monolith, standard, vertical-slice)", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task AResourceThatExists_IsRefused()
    {
        _solution.Write("src/Shop/GiftCards/Notes.md", "taken");
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("gift-card"));

        Assert.Contains("The resource GiftCard exists already", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("task", "Task is a type")]
    [InlineData("data", "Data is a type or folder")]
    [InlineData("platform", "Platform")]
    public async Task AReservedName_IsRefused(string name, string reason)
    {
        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync(name));

        Assert.Contains("is reserved", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANameThatClashesWithAnExistingType_IsRefused()
    {
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("order_line"));

        Assert.Contains("OrderLine in src/Shop/Orders/OrderLine.cs", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task UncommittedChangesInAFileItWouldEdit_AreRefusedUnlessForced()
    {
        Git("init", "-q");
        Git("add", "-A");
        Git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "generated");
        _solution.Write("src/Shop/Program.cs", File.ReadAllText(_solution.Combine("src/Shop/Program.cs")) + "// mine\n");
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("gift-card"));

        Assert.Contains("uncommitted changes: src/Shop/Program.cs", error.Message, StringComparison.Ordinal);
        Assert.Contains("--force", error.Fix, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task AFailingBuild_PutsEveryFileBack()
    {
        // No project file: the build fails after the files are written, and every one of them must be undone.
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("gift-card"));

        Assert.Contains("every file is back as it was", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
        Assert.False(Directory.Exists(_solution.Combine("tests")), "the folders made for the new files are removed too");
        Assert.False(Directory.Exists(_solution.Combine("src", "Shop", "GiftCards")));
    }

    private Task<AddResult> AddAsync(string name, bool dryRun = false) =>
        _adder.AddAsync(Request(_solution.Path, name, dryRun), _ => { }, CancellationToken.None);

    private static AddResourceRequest Request(string directory, string name, bool dryRun) =>
        new(directory, name, "title:string code:string? amount:decimal", ["code"], ["amount"], Owned: false, dryRun, Force: false);

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_solution.Path, "*", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(path => Path.GetRelativePath(_solution.Path, path), File.ReadAllText);

    private void Git(params string[] arguments)
    {
        using var git = Process.Start(new ProcessStartInfo("git", arguments) { WorkingDirectory = _solution.Path, RedirectStandardOutput = true, RedirectStandardError = true })!;
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }
}
