using System.Diagnostics;
using Rampart.Scaffolding.Adding;
using Rampart.Scaffolding.Templates;
using Rampart.Testing;

namespace Rampart.Scaffolding.Tests.Adding;

/// <summary>
/// <c>rampart add module</c> on a small solution of the modular-monolith layout: the dry run, the rendered module and
/// every refusal, each leaving the tree byte for byte as it was (the end-to-end test runs the whole command, migration
/// included, on a generated service).
/// </summary>
public sealed class ModuleAdderTests : IDisposable
{
    private readonly TemporaryDirectory _solution = new();
    private readonly ModuleAdder _adder = new(new TemplateCatalog(Path.Combine(RepositoryRoot.Find(), "templates"), Path.Combine(RepositoryRoot.Find(), "artifacts", "feed")));

    public ModuleAdderTests()
    {
        _solution.Write("rampart.json", """{ "pattern": "modular-monolith", "host": "src/Shop.Host/Shop.Host.csproj", "database": "shop", "broker": "inprocess" }""");
        _solution.Write("Shop.slnx", "<Solution>\n  <Folder Name=\"/src/\">\n    <Project Path=\"src/Shop.Host/Shop.Host.csproj\" />\n  </Folder>\n  <Folder Name=\"/src/Modules/\">\n  </Folder>\n</Solution>\n");
        _solution.Write("src/Shop.Host/Shop.Host.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <ProjectReference Include=\"..\\Shop.SharedKernel\\Shop.SharedKernel.csproj\" />\n  </ItemGroup>\n</Project>\n");
        _solution.Write("src/Shop.Host/Program.cs", "using Shop.SharedKernel;\n\nvar builder = WebApplication.CreateBuilder(args);\n\nIModule[] modules = [];\n\nvar app = builder.Build();\napp.Run();\n");
        _solution.Write("tests/Shop.Tests/Shop.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n    <ProjectReference Include=\"..\\..\\src\\Shop.Host\\Shop.Host.csproj\" />\n  </ItemGroup>\n</Project>\n");
        _solution.Write("src/Modules/Catalog/Shop.Modules.Catalog/CatalogModule.cs", "namespace Shop.Modules.Catalog;\n\npublic sealed class CatalogModule;\n");
        _solution.Write("src/Shop.Host/Platform/BillingModule.cs", "namespace Shop.Host.Platform;\n\ninternal sealed class BillingModule;\n");
    }

    public void Dispose() => _solution.Dispose();

    [Fact]
    public async Task DryRun_ListsTheFilesAndTheDiff_AndWritesNothing()
    {
        var before = Snapshot();

        var result = await AddAsync("order-line", dryRun: true);

        Assert.True(result.DryRun);
        Assert.Equal(
            [
                "src/Modules/OrderLine/Shop.Modules.OrderLine.Contracts/Shop.Modules.OrderLine.Contracts.csproj",
                "src/Modules/OrderLine/Shop.Modules.OrderLine/Database/OrderLineDbContext.cs",
                "src/Modules/OrderLine/Shop.Modules.OrderLine/Features/README.md",
                "src/Modules/OrderLine/Shop.Modules.OrderLine/OrderLineModule.cs",
                "src/Modules/OrderLine/Shop.Modules.OrderLine/Shop.Modules.OrderLine.csproj",
                "tests/Shop.Tests/OrderLine/OrderLineDatabaseTests.cs",
            ],
            result.Created);
        Assert.Equal(["src/Shop.Host/Program.cs", "src/Shop.Host/Shop.Host.csproj", "tests/Shop.Tests/Shop.Tests.csproj", "Shop.slnx", "Shop.slnx"], result.Changed.Select(c => c.Path));
        Assert.Contains("+IModule[] modules = [new OrderLineModule()];", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+using Shop.Modules.OrderLine;", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+    <ProjectReference Include=\"..\\Modules\\OrderLine\\Shop.Modules.OrderLine\\Shop.Modules.OrderLine.csproj\" />", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+    <ProjectReference Include=\"..\\..\\src\\Modules\\OrderLine\\Shop.Modules.OrderLine\\Shop.Modules.OrderLine.csproj\" />", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+    <Project Path=\"src/Modules/OrderLine/Shop.Modules.OrderLine.Contracts/Shop.Modules.OrderLine.Contracts.csproj\" />", result.Diff, StringComparison.Ordinal);
        Assert.Equal(["module 'order-line' → project Shop.Modules.OrderLine, class OrderLineModule, schema order_line"], result.Normalisation);
        Assert.Equal("Initial (OrderLineDbContext)", result.Migration);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Template_RenamesTheSampleInPathsCodeAndSchema()
    {
        var template = new ModuleTemplate("Shop", ModuleAdder.Parse("order-line"));
        var files = template.RenderAll(Path.Combine(RepositoryRoot.Find(), "templates", "items", "modular-monolith", "module")).ToDictionary(f => f.Path, f => f.Content);

        var context = files["src/Modules/OrderLine/Shop.Modules.OrderLine/Database/OrderLineDbContext.cs"];
        Assert.Contains("namespace Shop.Modules.OrderLine.Database;", context, StringComparison.Ordinal);
        Assert.Contains("internal sealed class OrderLineDbContext(DbContextOptions<OrderLineDbContext> options)", context, StringComparison.Ordinal);
        Assert.Contains("public const string Schema = \"order_line\";", context, StringComparison.Ordinal);
        Assert.Contains("SHOP_TEST_POSTGRES", files["tests/Shop.Tests/OrderLine/OrderLineDatabaseTests.cs"], StringComparison.Ordinal);
        Assert.All(files, file =>
        {
            Assert.DoesNotContain("Inventory", file.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Skeleton", file.Value, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData("order-line", "OrderLine", "order_line")]
    [InlineData("order_lines", "OrderLines", "order_lines")]
    [InlineData("Billing", "Billing", "billing")]
    [InlineData("identity-access", "IdentityAccess", "identity_access")]
    public void Parse_KeepsTheNumberAsTyped(string typed, string pascal, string schema)
    {
        var module = ModuleAdder.Parse(typed);

        Assert.Equal(pascal, module.Pascal);
        Assert.Equal(schema, module.Snake);
    }

    [Theory]
    [InlineData("host", "is reserved")]
    [InlineData("shared-kernel", "is reserved")]
    [InlineData("Contracts", "is reserved")]
    [InlineData("tests", "is reserved")]
    [InlineData("9lives", "starts with a digit")]
    [InlineData("billing!", "has the character '!'")]
    [InlineData("--", "is empty or has no letters")]
    public async Task InvalidOrReservedName_IsRefusedAndNothingIsWritten(string name, string reason)
    {
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync(name));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task ExistingModuleFolder_IsRefusedAndNothingIsWritten()
    {
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("catalog"));

        Assert.Contains("The module Catalog exists already: src/Modules/Catalog/.", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task ModuleClassDeclaredElsewhere_IsRefusedAndNothingIsWritten()
    {
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("billing"));

        Assert.Contains("BillingModule in src/Shop.Host/Platform/BillingModule.cs", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task ModuleListedInTheHostAlready_IsRefusedAndNothingIsWritten()
    {
        _solution.Write("src/Shop.Host/Program.cs", "using Shop.SharedKernel;\n\nIModule[] modules = [new Shop.Modules.Shipping.ShippingModule()];\n");
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("shipping"));

        Assert.Contains("src/Shop.Host/Program.cs: its module list has ShippingModule already.", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task OutsideARampartSolution_IsRefused()
    {
        using var elsewhere = new TemporaryDirectory();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => _adder.AddAsync(new AddModuleRequest(elsewhere.Path, "billing", DryRun: false, Force: false), _ => { }, CancellationToken.None));

        Assert.Contains("is not inside a Rampart solution", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("standard", "one project with a folder per resource", "rampart add endpoint <Area>/<UseCase>")]
    [InlineData("vertical-slice", "whose features are folders", "makes Features/<Feature>/ with its first slice")]
    [InlineData("clean", "split by layer", "Application/<Area>/<UseCase>/, Api/<Area>/")]
    [InlineData("hexagonal", "one core with ports and adapters", "Core/<Area>/ (its use cases and ports), Adapters.Http/<Area>/")]
    public async Task PatternWithoutModules_IsRefusedWithWhyAndWhatToDoInstead(string pattern, string why, string instead)
    {
        _solution.Write("rampart.json", $$"""{ "pattern": "{{pattern}}", "host": "src/Shop/Shop.csproj", "database": "shop", "broker": "inprocess" }""");
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("billing"));

        Assert.Contains($"The {pattern} pattern has no modules: it ", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Contains("rampart add resource", error.Fix, StringComparison.Ordinal);
        Assert.Contains(instead, error.Fix, StringComparison.Ordinal);
        Assert.Contains("--pattern modular-monolith", error.Fix, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task UncommittedChangesInAFileItEdits_IsRefusedUnlessForced()
    {
        Git("init", "-q");
        Git("add", "-A");
        Git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "generated");
        _solution.Write("Shop.slnx", "<Solution>\n  <Folder Name=\"/src/Modules/\">\n  </Folder>\n</Solution>\n");
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("shipping"));

        Assert.Contains("uncommitted changes: Shop.slnx", error.Message, StringComparison.Ordinal);
        Assert.Contains("--force", error.Fix, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    private Task<AddResult> AddAsync(string name, bool dryRun = false) =>
        _adder.AddAsync(new AddModuleRequest(_solution.Path, name, dryRun, Force: false), _ => { }, CancellationToken.None);

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
