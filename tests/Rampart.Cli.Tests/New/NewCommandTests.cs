using Rampart.Cli.Infrastructure;
using Rampart.Scaffolding;
using Rampart.Scaffolding.Templates;

namespace Rampart.Cli.Tests.New;

public sealed class NewCommandTests : IDisposable
{
    private readonly ScaffoldCliRun _cli = new();
    private readonly List<string> _catalogs = [];

    public void Dispose()
    {
        _cli.Dispose();
        foreach (var catalog in _catalogs)
        {
            Directory.Delete(catalog, recursive: true);
        }
    }

    [Fact]
    public async Task New_ValidName_CreatesTheSolutionAndPrintsNextCommands()
    {
        var code = await _cli.RunAsync("new", "Shop");

        Assert.Equal(ExitCodes.Success, code);
        Assert.True(File.Exists(_cli.PathOf("Shop", "Shop.slnx")));
        Assert.True(File.Exists(_cli.PathOf("Shop", "src", "Shop.Host", "Program.cs")));
        Assert.NotEmpty(Directory.GetFiles(_cli.PathOf("Shop", "packages"), "Rampart.AspNetCore.*.nupkg"));
        Assert.Contains("Created Shop (modular-monolith, broker inprocess)", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("src/Shop.Host/Program.cs", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("rampart dev", _cli.Output, StringComparison.Ordinal);
        Assert.Empty(_cli.Error);
    }

    [Fact]
    public async Task New_Output_GeneratesIntoThatFolder()
    {
        var code = await _cli.RunAsync("new", "Shop", "--output", "services/shop", "--broker", "rabbitmq");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\"broker\": \"rabbitmq\"", await File.ReadAllTextAsync(_cli.PathOf("services", "shop", "rampart.json")), StringComparison.Ordinal);
        Assert.Contains("rabbitmq:", await File.ReadAllTextAsync(_cli.PathOf("services", "shop", "docker-compose.yml")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShippedPatterns))]
    public async Task New_CacheRedis_RecordsItAndWiresRedisIntoTheService(string pattern)
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", pattern, "--cache", "redis");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"Created Shop ({pattern}, broker inprocess, cache redis)", _cli.Output, StringComparison.Ordinal);
        var solution = _cli.PathOf("Shop");
        Assert.Equal(ProjectSettings.RedisCache, ProjectSettings.Load(solution).Cache);
        var host = Path.Combine(solution, ProjectSettings.Load(solution).Host);
        Assert.Contains("builder.Services.AddRampartRedis(builder.Configuration);", await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(host)!, "Program.cs")), StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"Rampart.AspNetCore.Redis\" />", await File.ReadAllTextAsync(host), StringComparison.Ordinal);
        Assert.Contains("\"Redis\": \"\"", await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(host)!, "appsettings.json")), StringComparison.Ordinal);
        Assert.Contains("SHOP_TEST_REDIS", string.Concat(Directory.GetFiles(Path.Combine(solution, "tests"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShippedPatterns))]
    public async Task New_Jobs_EveryShippedPatternWiresTheSchedulerAndTheStaleOrderJob(string pattern)
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", pattern, "--example", "shop", "--jobs");

        Assert.Equal(ExitCodes.Success, code);
        var solution = _cli.PathOf("Shop");
        var sources = string.Concat(Directory.GetFiles(Path.Combine(solution, "src"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains("AddRampartJobs(", sources, StringComparison.Ordinal);
        Assert.Contains("\"cancel-stale-orders\"", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("RAMPART_JOBS_QUARTZ", sources, StringComparison.Ordinal);
        var projects = string.Concat(Directory.GetFiles(solution, "*.csproj", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains("<PackageReference Include=\"Rampart.AspNetCore.Jobs\" />", projects, StringComparison.Ordinal);
        Assert.Contains("CancelStalePendingOrdersTests", string.Concat(Directory.GetFiles(Path.Combine(solution, "tests"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_ApiBoth_RecordsItAndComposesEveryModulesSchemaPartInTheHost()
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", "modular-monolith", "--example", "shop", "--api", "both");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Created Shop (modular-monolith, broker inprocess, api both)", _cli.Output, StringComparison.Ordinal);
        var solution = _cli.PathOf("Shop");
        Assert.Equal(ProjectSettings.BothApis, ProjectSettings.Load(solution).Api);
        var program = await File.ReadAllTextAsync(Path.Combine(solution, "src", "Shop.Host", "Program.cs"));
        Assert.Contains("builder.Services.AddRampartGraphQL<ServiceSchema>(", program, StringComparison.Ordinal);
        Assert.Contains("app.MapRampartGraphQL<ServiceSchema>();", program, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"Rampart.AspNetCore.GraphQL\" />", await File.ReadAllTextAsync(Path.Combine(solution, "src", "Shop.Host", "Shop.Host.csproj")), StringComparison.Ordinal);
        foreach (var module in new[] { "Identity", "Catalog", "Orders" })
        {
            Assert.True(File.Exists(Path.Combine(solution, "src", "Modules", module, $"Shop.Modules.{module}", "GraphQL", $"{module}SchemaPart.cs")), module);
        }

        Assert.True(File.Exists(Path.Combine(solution, "tests", "Shop.Tests", "Orders", "OrderProductsBatchingTests.cs")));
        var sources = string.Concat(Directory.GetFiles(solution, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain("RAMPART_API_GRAPHQL", sources, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_ApiBothSkeleton_ServesIdentitysPartOnly()
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", "modular-monolith", "--api", "both");

        Assert.Equal(ExitCodes.Success, code);
        var solution = _cli.PathOf("Shop");
        Assert.True(File.Exists(Path.Combine(solution, "src", "Modules", "Identity", "Shop.Modules.Identity", "GraphQL", "IdentitySchemaPart.cs")));
        Assert.False(Directory.Exists(Path.Combine(solution, "src", "Modules", "Catalog")));
        Assert.False(File.Exists(Path.Combine(solution, "tests", "Shop.Tests", "Orders", "OrderProductsBatchingTests.cs")));
        Assert.True(File.Exists(Path.Combine(solution, "tests", "Shop.Tests", "GraphQL", "GraphQLEndpointTests.cs")));
    }

    [Fact]
    public async Task New_DefaultApi_RecordsRestAndContainsNoGraphQL()
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", "modular-monolith", "--example", "shop");

        Assert.Equal(ExitCodes.Success, code);
        var solution = _cli.PathOf("Shop");
        Assert.Equal(ProjectSettings.RestApi, ProjectSettings.Load(solution).Api);
        Assert.Contains("\"api\": \"rest\"", await File.ReadAllTextAsync(_cli.PathOf("Shop", "rampart.json")), StringComparison.Ordinal);
        // Directory.Build.props keeps every option's -p: switch, so both branches of a regenerated #if still build.
        var sources = Directory.GetFiles(solution, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith("proj", StringComparison.Ordinal) || path.EndsWith("Directory.Packages.props", StringComparison.Ordinal));
        Assert.All(sources, path => Assert.DoesNotContain("GraphQL", File.ReadAllText(path), StringComparison.OrdinalIgnoreCase));
        Assert.Empty(Directory.GetDirectories(solution, "GraphQL", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData(new[] { "--queries", "deep-relations" }, "both")]
    [InlineData(new[] { "--queries", "deep-relations", "--api", "rest" }, "rest")]
    [InlineData(new[] { "--queries", "simple" }, "rest")]
    public async Task New_AdvisorRecommendsGraphQL_GeneratesItBesideRestUnlessApiIsGiven(string[] flags, string api)
    {
        var code = await _cli.RunAsync(["new", "Shop", .. flags]);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(api, ProjectSettings.Load(_cli.PathOf("Shop")).Api);
    }

    [Theory]
    [InlineData("standard", "both")]
    [InlineData("clean", "graphql")]
    [InlineData("hexagonal", "both")]
    [InlineData("vertical-slice", "both")]
    public async Task New_GraphQLInAPatternWithoutIt_RefusesNamingThePatternThatServesItAndWritesNothing(string pattern, string api)
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", pattern, "--api", api);

        Assert.Equal(ExitCodes.Environment, code);
        Assert.Contains($"The API style '{api}' is not available for the pattern '{pattern}' yet", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("Leave out --api (REST)", _cli.Error, StringComparison.Ordinal);
        if (api == "both")
        {
            Assert.Contains("--pattern modular-monolith", _cli.Error, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(_cli.WorkingDirectory));
    }

    [Fact]
    public async Task New_GraphQLOnlyInTheModularMonolith_RefusesPointingToBothAndWritesNothing()
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", "modular-monolith", "--api", "graphql");

        Assert.Equal(ExitCodes.Environment, code);
        Assert.Contains("The API style 'graphql' is not available for the pattern 'modular-monolith' yet", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("use --api both", _cli.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_cli.WorkingDirectory));
    }

    [Fact]
    public async Task New_HexagonalJobs_AddsTheSchedulingAdapterProjectToTheSolution()
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", "hexagonal", "--example", "shop", "--jobs");

        Assert.Equal(ExitCodes.Success, code);
        var solution = _cli.PathOf("Shop");
        Assert.Contains("src/Shop.Adapters.Scheduling/Shop.Adapters.Scheduling.csproj", await File.ReadAllTextAsync(Path.Combine(solution, "Shop.slnx")), StringComparison.Ordinal);
        Assert.Contains("Shop.Adapters.Scheduling.csproj", await File.ReadAllTextAsync(Path.Combine(solution, "src", "Shop.Adapters.Http", "Shop.Adapters.Http.csproj")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_HexagonalWithoutJobs_LeavesTheSchedulingAdapterOut()
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", "hexagonal", "--example", "shop");

        Assert.Equal(ExitCodes.Success, code);
        var solution = _cli.PathOf("Shop");
        Assert.False(Directory.Exists(Path.Combine(solution, "src", "Shop.Adapters.Scheduling")));
        Assert.DoesNotContain("Scheduling", await File.ReadAllTextAsync(Path.Combine(solution, "Shop.slnx")), StringComparison.Ordinal);
        Assert.DoesNotContain("Scheduling", await File.ReadAllTextAsync(Path.Combine(solution, "src", "Shop.Adapters.Http", "Shop.Adapters.Http.csproj")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_DefaultCache_MemoryWithoutRedis()
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", "standard", "--example", "shop");

        Assert.Equal(ExitCodes.Success, code);
        var solution = _cli.PathOf("Shop");
        Assert.Equal(ProjectSettings.MemoryCache, ProjectSettings.Load(solution).Cache);
        Assert.DoesNotContain("Redis", await File.ReadAllTextAsync(Path.Combine(solution, "src", "Shop", "Program.cs")), StringComparison.Ordinal);
        Assert.DoesNotContain("redis", await File.ReadAllTextAsync(Path.Combine(solution, "docker-compose.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_DryRun_ListsFilesAndWritesNothing()
    {
        var code = await _cli.RunAsync("new", "Shop", "--dry-run");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Would create Shop", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("src/Shop.Host/Program.cs", _cli.Output, StringComparison.Ordinal);
        Assert.Empty(_cli.Snapshot());
        Assert.False(Directory.Exists(_cli.PathOf("Shop")));
    }

    [Theory]
    [InlineData("class", "is a C# keyword")]
    [InlineData("System", "clashes with a framework or library namespace")]
    [InlineData("9lives", "not a valid C# identifier")]
    [InlineData("9-lives", "'9-lives' becomes '9Lives': The name '9Lives' is not a valid C# identifier")]
    [InlineData("_system", "'_system' becomes 'System': The name 'System' clashes")]
    [InlineData("my.shop", "not a valid C# identifier")]
    public async Task New_BadName_FailsWithFixAndWritesNothing(string name, string problem)
    {
        var code = await _cli.RunAsync("new", name);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains(problem, _cli.Error, StringComparison.Ordinal);
        Assert.Contains("fix:", _cli.Error, StringComparison.Ordinal);
        Assert.Empty(_cli.Snapshot());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_cli.WorkingDirectory));
    }

    [Fact]
    public async Task New_HyphenatedName_NormalisesItSaysSoAndKeepsTheFolderAsTyped()
    {
        var code = await _cli.RunAsync("new", "my-shop");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Using MyShop as the solution name: 'my-shop' is not a C# name", _cli.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(_cli.PathOf("my-shop", "MyShop.slnx")));
        Assert.True(File.Exists(_cli.PathOf("my-shop", "src", "MyShop.Host", "MyShop.Host.csproj")));
        Assert.Contains("\"database\": \"myshop\"", await File.ReadAllTextAsync(_cli.PathOf("my-shop", "rampart.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_NoNameWhenNotInteractive_IsAUsageErrorNamingTheArgument()
    {
        var code = await _cli.RunAsync("new", "--example", "none");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("The solution name is missing (argument <name>)", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("rampart new <name>", _cli.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_cli.WorkingDirectory));
    }

    [Fact]
    public async Task New_NonEmptyFolder_FailsAndLeavesItUnchanged()
    {
        Directory.CreateDirectory(_cli.PathOf("Shop"));
        await File.WriteAllTextAsync(_cli.PathOf("Shop", "notes.txt"), "mine");
        var before = _cli.Snapshot();

        var code = await _cli.RunAsync("new", "Shop");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("is not empty", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("--force", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());
    }

    [Fact]
    public async Task New_NonEmptyFolderWithForce_Generates()
    {
        Directory.CreateDirectory(_cli.PathOf("Shop"));
        await File.WriteAllTextAsync(_cli.PathOf("Shop", "notes.txt"), "mine");

        var code = await _cli.RunAsync("new", "Shop", "--force");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("mine", await File.ReadAllTextAsync(_cli.PathOf("Shop", "notes.txt")));
        Assert.True(File.Exists(_cli.PathOf("Shop", "Shop.slnx")));
    }

    [Fact]
    public async Task New_WithoutPattern_AdvisorChoosesAndRecordsTheDecision()
    {
        var code = await _cli.RunAsync("new", "Shop", "--team", "2-5", "--complexity", "moderate", "--scaling", "may-split");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("The advisor chose Modular monolith", _cli.Output, StringComparison.Ordinal);
        var adr = await File.ReadAllTextAsync(_cli.PathOf("Shop", "docs", "adr", "0001-architecture.md"));
        Assert.StartsWith("# 0001. Architecture: Modular monolith", adr, StringComparison.Ordinal);
        Assert.Contains("2-5", adr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_ExplicitPattern_WritesNoAdvisorDecision()
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", "modular-monolith");

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain("The advisor chose", _cli.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.PathOf("Shop", "docs", "adr", "0001-architecture.md")));
    }

    [Fact]
    public async Task New_AdvisorPicksAPatternWithoutTemplate_NamesTheClosestShippedAndWritesNothing()
    {
        var catalog = FakeCatalog("modular-monolith");
        var code = await _cli.RunAsync(
            catalog, "new", "Shop", "--team", "solo", "--lifespan", "prototype", "--complexity", "crud", "--time-to-market", "asap");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("The advisor recommends 'standard' for these answers", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("not available yet (available: modular-monolith). The closest one that ships is 'modular-monolith'", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("Pass --pattern modular-monolith", _cli.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_cli.WorkingDirectory));
    }

    [Fact]
    public async Task New_AdvisorPicksAShippedPattern_GeneratesItAndTheAdrNamesIt()
    {
        var advised = ShippedPatternOtherThanTheDefault();
        var answers = AnswersRecommending(advised);

        var code = await _cli.RunAsync(["new", "Shop", .. answers]);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"Created Shop ({advised}, broker inprocess)", _cli.Output, StringComparison.Ordinal);
        Assert.Contains($"so this is a {advised} solution", string.Join(' ', _cli.Output.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Contains($"\"pattern\": \"{advised}\"", await File.ReadAllTextAsync(_cli.PathOf("Shop", "rampart.json")), StringComparison.Ordinal);
        var adr = await File.ReadAllTextAsync(_cli.PathOf("Shop", "docs", "adr", "0001-architecture.md"));
        Assert.Contains($"(`{advised}`)", adr.Split("## Decision")[1].Split('\n', 3)[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_PatternWithAdvisorAnswers_IsAUsageErrorSayingWhyAndWritesNothing()
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", "modular-monolith", "--team", "solo");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--pattern and the advisor's answers (--team) do not go together", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("fix:", _cli.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_cli.WorkingDirectory));
    }

    [Fact]
    public async Task New_AdvisorPicksStandard_GeneratesTheStandardShop()
    {
        var code = await _cli.RunAsync(
            "new", "Shop", "--team", "solo", "--lifespan", "prototype", "--complexity", "crud", "--time-to-market", "asap", "--example", "shop");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("The advisor chose Standard", _cli.Output, StringComparison.Ordinal);
        var solution = Path.Combine(_cli.WorkingDirectory, "Shop");
        Assert.True(File.Exists(Path.Combine(solution, "src", "Shop", "Products", "ProductsController.cs")));
        Assert.True(File.Exists(Path.Combine(solution, "src", "Shop", "Orders", "OrdersController.cs")));
        Assert.Contains("\"pattern\": \"standard\"", File.ReadAllText(Path.Combine(solution, "rampart.json")), StringComparison.Ordinal);
        Assert.Contains("namespace Shop.Data;", File.ReadAllText(Path.Combine(solution, "src", "Shop", "Data", "AppDbContext.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_AdvisorPicksHexagonalForManyIntegrationsAndCriticalTestability_GeneratesTheHexagonalShop()
    {
        var code = await _cli.RunAsync(["new", "Shop", "--example", "shop", .. AnswersRecommending("hexagonal")]);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("The advisor chose Hexagonal", _cli.Output, StringComparison.Ordinal);
        var solution = Path.Combine(_cli.WorkingDirectory, "Shop");
        Assert.Contains("\"pattern\": \"hexagonal\"", File.ReadAllText(Path.Combine(solution, "rampart.json")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(solution, "src", "Shop.Core", "Orders", "Ports", "INotificationSender.cs")));
        Assert.True(File.Exists(Path.Combine(solution, "src", "Shop.Adapters.Notifications", "WebhookNotificationSender.cs")));
        Assert.Contains("namespace Shop.Core.Orders.Ports;", File.ReadAllText(Path.Combine(solution, "src", "Shop.Core", "Orders", "Ports", "INotificationSender.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_HexagonalWithoutExample_KeepsCoreHttpAndPersistenceWithIdentityOnly()
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", "hexagonal", "--example", "none");

        Assert.Equal(ExitCodes.Success, code);
        var solution = Path.Combine(_cli.WorkingDirectory, "Shop");
        Assert.False(Directory.Exists(Path.Combine(solution, "src", "Shop.Core", "Orders")));
        Assert.False(Directory.Exists(Path.Combine(solution, "src", "Shop.Adapters.Messaging")));
        Assert.False(Directory.Exists(Path.Combine(solution, "src", "Shop.Adapters.Notifications")));
        Assert.True(File.Exists(Path.Combine(solution, "src", "Shop.Adapters.Persistence", "UnitOfWork.cs")));
        var composition = File.ReadAllText(Path.Combine(solution, "src", "Shop.Adapters.Http", "Composition", "AdapterComposition.cs"));
        Assert.Contains("AddRampartIdentity<AppDbContext>()", composition, StringComparison.Ordinal);
        Assert.DoesNotContain("#if", composition, StringComparison.Ordinal);
        Assert.DoesNotContain("Messaging", File.ReadAllText(Path.Combine(solution, "Shop.slnx")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_AdvisorPicksClean_GeneratesTheFourLayersOfTheCleanShop()
    {
        var code = await _cli.RunAsync(["new", "Shop", .. AnswersRecommending("clean"), "--example", "shop"]);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("The advisor chose Clean Architecture", _cli.Output, StringComparison.Ordinal);
        var solution = Path.Combine(_cli.WorkingDirectory, "Shop");
        Assert.True(File.Exists(Path.Combine(solution, "src", "Shop.Domain", "Orders", "Order.cs")));
        Assert.True(File.Exists(Path.Combine(solution, "src", "Shop.Application", "Orders", "PlaceOrder", "PlaceOrderHandler.cs")));
        Assert.True(File.Exists(Path.Combine(solution, "src", "Shop.Infrastructure", "Persistence", "AppDbContext.cs")));
        Assert.True(File.Exists(Path.Combine(solution, "src", "Shop.Api", "Catalog", "CreateProductEndpoint.cs")));
        Assert.Contains("\"host\": \"src/Shop.Api/Shop.Api.csproj\"", File.ReadAllText(Path.Combine(solution, "rampart.json")), StringComparison.Ordinal);
        Assert.Contains("<ProjectReference Include=\"..\\Shop.Domain\\Shop.Domain.csproj\" />", File.ReadAllText(Path.Combine(solution, "src", "Shop.Application", "Shop.Application.csproj")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_CleanWithoutExample_KeepsThePortsAndIdentityAndLeavesTheShopOut()
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", "clean", "--example", "none");

        Assert.Equal(ExitCodes.Success, code);
        var solution = Path.Combine(_cli.WorkingDirectory, "Shop");
        Assert.False(Directory.Exists(Path.Combine(solution, "src", "Shop.Domain", "Orders")));
        Assert.False(Directory.Exists(Path.Combine(solution, "src", "Shop.Infrastructure", "Messaging")));
        Assert.True(File.Exists(Path.Combine(solution, "src", "Shop.Application", "Common", "IUnitOfWork.cs")));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(solution, "src", "Shop.Infrastructure", "Persistence", "Migrations"), "*AddShopExample*"));
        var program = File.ReadAllText(Path.Combine(solution, "src", "Shop.Api", "Program.cs"));
        Assert.Contains("app.MapIdentityEndpoints();", program, StringComparison.Ordinal);
        Assert.DoesNotContain("Catalog", program, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_StandardWithoutExample_KeepsIdentityAndLeavesTheShopOut()
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", "standard", "--example", "none");

        Assert.Equal(ExitCodes.Success, code);
        var solution = Path.Combine(_cli.WorkingDirectory, "Shop");
        Assert.False(Directory.Exists(Path.Combine(solution, "src", "Shop", "Products")));
        Assert.False(Directory.Exists(Path.Combine(solution, "src", "Shop", "Data", "Migrations", "Shop")));
        Assert.True(Directory.Exists(Path.Combine(solution, "src", "Shop", "Data", "Migrations", "Platform")));
        var program = File.ReadAllText(Path.Combine(solution, "src", "Shop", "Program.cs"));
        Assert.Contains("AddRampartIdentity<AppDbContext>()", program, StringComparison.Ordinal);
        Assert.DoesNotContain("AddOrders", program, StringComparison.Ordinal);
        Assert.DoesNotContain("#if", program, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_BadAdvisorAnswer_IsAUsageErrorListingValidAnswers()
    {
        var code = await _cli.RunAsync("new", "Shop", "--team", "huge");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("'huge' is not a valid answer to --team", _cli.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_cli.WorkingDirectory));
    }

    [Fact]
    public async Task New_PlannedPatternWithoutTemplate_ListsAvailableAndWritesNothing()
    {
        var code = await _cli.RunAsync(FakeCatalog("modular-monolith"), "new", "Shop", "--pattern", "hexagonal");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("'hexagonal' is not available yet (available: modular-monolith)", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("--pattern modular-monolith", _cli.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_cli.WorkingDirectory));
    }

    [Fact]
    public async Task New_UnknownPattern_ListsAvailableAndPlannedAndWritesNothing()
    {
        var code = await _cli.RunAsync(FakeCatalog("modular-monolith"), "new", "Shop", "--pattern", "onion");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("'onion' is not a pattern Rampart knows (available: modular-monolith; planned: ", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("hexagonal", _cli.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_cli.WorkingDirectory));
    }

    [Theory]
    [MemberData(nameof(ShippedPatterns))]
    public async Task New_EveryShippedPattern_GeneratesItsTemplate(string pattern)
    {
        var code = await _cli.RunAsync("new", "Shop", "--pattern", pattern, "--example", "shop");

        Assert.Equal(ExitCodes.Success, code);
        var settings = Rampart.Scaffolding.ProjectSettings.Load(_cli.PathOf("Shop"));
        Assert.Equal(pattern, settings.Pattern);
        Assert.True(File.Exists(_cli.PathOf("Shop", settings.Host)), settings.Host);
        Assert.Contains($"Created Shop ({pattern}, broker inprocess)", _cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_ShopExample_GeneratesTheModulesAndPinsTheBlocks()
    {
        var code = await _cli.RunAsync("new", "Shop", "--example", "shop");

        Assert.Equal(ExitCodes.Success, code);
        var solution = Path.Combine(_cli.WorkingDirectory, "Shop");
        Assert.True(File.Exists(Path.Combine(solution, "src", "Modules", "Catalog", "Shop.Modules.Catalog", "CatalogModule.cs")));
        Assert.True(File.Exists(Path.Combine(solution, "src", "Modules", "Identity", "Shop.Modules.Identity", "IdentityModule.cs")));
        var props = File.ReadAllText(Path.Combine(solution, "Directory.Packages.props"));
        Assert.Matches(@"<RampartVersion>\d+\.\d+\.\d+-dev\.[0-9a-f]{12}</RampartVersion>", props);
        Assert.DoesNotContain("RampartBuildFromSource", File.ReadAllText(Path.Combine(solution, "Directory.Build.targets")), StringComparison.Ordinal);
        Assert.Contains("SHOP_TEST_POSTGRES", File.ReadAllText(Path.Combine(solution, "tests", "Shop.Tests", "Support", "TestDatabase.cs")), StringComparison.Ordinal);
        Assert.Contains("they start their own PostgreSQL unless SHOP_TEST_POSTGRES names a server", _cli.Output, StringComparison.Ordinal);
        Assert.Contains(Directory.GetFiles(Path.Combine(solution, "packages")), path => Path.GetFileName(path).StartsWith("Rampart.LocalServers.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task New_NoExample_LeavesTheShopOut()
    {
        var code = await _cli.RunAsync("new", "Shop", "--example", "none");

        Assert.Equal(ExitCodes.Success, code);
        var solution = Path.Combine(_cli.WorkingDirectory, "Shop");
        Assert.False(Directory.Exists(Path.Combine(solution, "src", "Modules", "Catalog")));
        Assert.DoesNotContain("Modules.Catalog", File.ReadAllText(Path.Combine(solution, "src", "Shop.Host", "Program.cs")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("new", "Shop", "--broker", "kafka")]
    [InlineData("new", "Shop", "--cache", "valkey")]
    [InlineData("new", "Shop", "--api", "soap")]
    [InlineData("new", "Shop", "--example", "blog")]
    [InlineData("new", "Shop", "--frobnicate")]
    [InlineData("new")]
    public async Task New_BadCommandLine_IsAUsageErrorAndWritesNothing(params string[] args)
    {
        var code = await _cli.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.NotEmpty(_cli.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_cli.WorkingDirectory));
    }

    [Fact]
    public async Task New_Help_ShowsExamples()
    {
        var code = await _cli.RunAsync("new", "--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Examples:", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("--broker <inprocess|rabbitmq>", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("--cache <memory|redis>", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("--api <both|graphql|rest>", _cli.Output, StringComparison.Ordinal);
    }
    public static TheoryData<string> ShippedPatterns() => [.. TemplateCatalog.Installed.Patterns];

    /// <summary>The installed templates, of which only <paramref name="patterns"/> are visible: a tool that ships fewer.</summary>
    private TemplateCatalog FakeCatalog(params string[] patterns)
    {
        var root = Directory.CreateTempSubdirectory("rampart-catalog-").FullName;
        _catalogs.Add(root);
        foreach (var pattern in patterns)
        {
            var source = Path.Combine(TemplateCatalog.Installed.TemplatesDirectory, "patterns", pattern);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, "patterns", pattern, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return new TemplateCatalog(root, TemplateCatalog.Installed.PackageFeedDirectory);
    }

    /// <summary>A shipped pattern the advisor recommends for some answers other than all-defaults (the default's own test is above).</summary>
    private static string ShippedPatternOtherThanTheDefault() =>
        TemplateCatalog.Installed.Patterns.FirstOrDefault(pattern => pattern != TemplateCatalog.DefaultPattern && RecommendingAnswers.ContainsKey(pattern))
        ?? TemplateCatalog.DefaultPattern;

    private static string[] AnswersRecommending(string pattern) => RecommendingAnswers[pattern];

    /// <summary>Answers for which the advisor recommends each pattern (checked in the advisor's own tests).</summary>
    private static readonly Dictionary<string, string[]> RecommendingAnswers = new(StringComparer.Ordinal)
    {
        ["clean"] = ["--experience", "senior", "--complexity", "complex", "--lifespan", "3y+", "--time-to-market", "quality-first"],
        ["modular-monolith"] = ["--team", "2-5", "--complexity", "moderate", "--scaling", "may-split"],
        ["standard"] = ["--team", "solo", "--lifespan", "prototype", "--complexity", "crud", "--time-to-market", "asap"],
        ["vertical-slice"] = ["--team", "2-5", "--scaling", "single", "--time-to-market", "asap"],
        ["hexagonal"] = ["--integrations", "many", "--testability", "critical"],
    };
}
