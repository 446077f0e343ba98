using System.Text.Json.Nodes;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.Support;

namespace Rampart.Cli.Tests.Advise;

public sealed class AdviseFromRepositoryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task AdviseFrom_GitRepository_InfersTeamLifespanComplexityIntegrationsWithEvidence()
    {
        BuildShopRepository();

        var run = await CliRun.RunAsync(_temp.Path, "advise", "--json", "--from", "shop");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var answers = Answers(run);
        Assert.Equal(("2-5", "inferred", "3 distinct git author(s) in the last year"), answers["team"]);
        Assert.Equal(("1-2y", "inferred", "git history is 400 days old"), answers["lifespan"]);
        Assert.Equal(("moderate", "inferred", "7 entities, 8 endpoints, 3 projects"), answers["complexity"]);
        Assert.Equal(("few", "inferred", "broker clients RabbitMQ.Client; 2 HTTP client(s)"), answers["integrations"]);
        Assert.Equal(("notifications", "inferred", "1 SignalR hub(s) mapped"), answers["real-time"]);
        Assert.Equal(("event-driven", "inferred", "1 background service(s), 1 broker client(s)"), answers["background"]);
        Assert.Equal(("may-split", "default", null), answers["scaling"]);
    }

    [Fact]
    public async Task AdviseFrom_FlagGiven_FlagWinsOverInference()
    {
        BuildShopRepository();

        var run = await CliRun.RunAsync(_temp.Path, "advise", "--json", "--from", "shop", "--team", "15+");

        Assert.Equal(("15+", "flag", null), Answers(run)["team"]);
    }

    [Fact]
    public async Task AdviseFrom_FolderWithoutGit_InfersOnlyFromCode()
    {
        var code = new GitRepository(_temp.Combine("plain"));
        Directory.CreateDirectory(code.Path);
        code.Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />")
            .Write("Program.cs", "app.MapGet(\"/\", () => \"hi\");");

        var run = await CliRun.RunAsync(_temp.Path, "advise", "--json", "--from", "plain");

        var answers = Answers(run);
        Assert.Equal("default", answers["team"].Source);
        Assert.Equal("default", answers["lifespan"].Source);
        Assert.Equal(("crud", "inferred", "0 entities, 1 endpoints, 1 projects"), answers["complexity"]);
        Assert.Equal(("none", "inferred", "no broker client; 0 HTTP client(s)"), answers["integrations"]);
    }

    private void BuildShopRepository()
    {
        var now = CliRun.Now;
        var repo = GitRepository.Init(_temp.Combine("shop"));
        repo.Write("README.md", "# Shop").Commit("Alice", now.AddDays(-400), "Start");
        repo.Write("src/Shop.Domain/Shop.Domain.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
            .Write("src/Shop.Infrastructure/Shop.Infrastructure.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
            .Write("src/Shop.Infrastructure/ShopDbContext.cs", """
                public sealed class ShopDbContext : DbContext
                {
                    public DbSet<Product> Products => Set<Product>();
                    public DbSet<Order> Orders => Set<Order>();
                    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
                    public DbSet<Customer> Customers => Set<Customer>();
                    public DbSet<Address> Addresses => Set<Address>();
                    public DbSet<Payment> Payments => Set<Payment>();
                }
                internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment> { }
                internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product> { }
                """)
            .Commit("Bob", now.AddDays(-200), "Add the data model");
        repo.Write("src/Shop.Api/Shop.Api.csproj", """
                <Project Sdk="Microsoft.NET.Sdk.Web">
                  <ItemGroup><PackageReference Include="RabbitMQ.Client" /></ItemGroup>
                </Project>
                """)
            .Write("src/Shop.Api/Program.cs", """
                builder.Services.AddHttpClient<PaymentsClient>();
                builder.Services.AddHttpClient("shipping");
                builder.Services.AddHttpClient<PaymentsClient>(c => c.Timeout = TimeSpan.FromSeconds(5));
                app.MapGet("/products", () => 1);
                app.MapGet("/products/{id}", () => 1);
                app.MapPost("/products", () => 1);
                app.MapPut("/products/{id}", () => 1);
                app.MapDelete("/products/{id}", () => 1);
                app.MapPost("/orders", () => 1);
                app.MapHub<OrdersHub>("/hubs/orders");
                """)
            .Commit("Carol", now.AddDays(-100), "Expose the API");
        repo.Write("src/Shop.Api/OrdersController.cs", """
                public sealed class OrdersController
                {
                    [HttpGet] public int List() => 1;
                    [HttpGet("{id}")] public int Get() => 1;
                }
                public sealed class OutboxRelay : BackgroundService { }
                """)
            .Commit("Dave", now.AddDays(-10), "Orders controller and relay");
        repo.Write("src/Shop.Api/bin/Debug/Generated.cs", "public DbSet<Decoy> Decoys; app.MapGet(\"/x\", () => 1);")
            .Write("src/Shop.Api/obj/Generated.cs", "public DbSet<Decoy2> Decoys;")
            .Commit("bob", now.AddDays(-5), "Bob again, e-mail in another case");
    }

    private static Dictionary<string, (string Answer, string Source, string? Evidence)> Answers(CliRun run) =>
        JsonNode.Parse(run.Out)!["answers"]!.AsArray().ToDictionary(
            a => a!["question"]!.GetValue<string>(),
            a => (a!["answer"]!.GetValue<string>(), a["source"]!.GetValue<string>(), a["evidence"]?.GetValue<string>()));
}
