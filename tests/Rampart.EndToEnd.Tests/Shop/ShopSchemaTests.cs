using Npgsql;
using Rampart.Testing;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>
/// The schema workflow of the generated README: a first start on an empty database logs nothing at Error (every Shop
/// of the lane); a new entity property fails the drift test until <c>dotnet ef migrations add</c> writes its migration, which
/// the host's <c>migrate</c> then applies. The Shop keeps the new property and migration afterwards (both consistent),
/// or gets its sources back if a step fails.
/// </summary>
[Collection(ShopEndToEndLane.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ShopSchemaTests(ShopBuilds shops)
{
    private const string Pattern = "modular-monolith";
    private const string Catalog = "src/Modules/Catalog/Shop.Modules.Catalog";

    [Theory]
    [MemberData(nameof(ShopMatrix.Variants), MemberType = typeof(ShopMatrix))]
    public async Task FirstStart_EmptyDatabase_LogsNothingAtErrorOrAbove(string pattern, string broker)
    {
        var shop = await shops.GetAsync(pattern, broker);

        await using (var service = await ShopService.StartAsync(shop))
        {
            using var client = service.CreateClient();
            using var health = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            var output = service.Output;

            Assert.DoesNotContain("\"LogLevel\":\"Error\"", output, StringComparison.Ordinal);
            Assert.DoesNotContain("\"LogLevel\":\"Critical\"", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Failed executing DbCommand", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EntityChanged_DriftTestFailsUntilDotnetEfAddsTheMigration_MigrateAppliesIt()
    {
        var shop = await shops.GetAsync(Pattern, ShopMatrix.BrokerOf(Pattern));
        var product = Path.Combine(shop.Directory, Catalog, "Products", "Product.cs");
        var migrations = Path.Combine(shop.Directory, Catalog, "Database", "Migrations");
        var original = await File.ReadAllTextAsync(product);
        var generated = Directory.GetFiles(migrations);
        var done = false;
        try
        {
            await File.WriteAllTextAsync(product, original.Replace(
                "    public int Stock { get; set; }\n",
                "    public int Stock { get; set; }\n\n    public string? Origin { get; set; }\n",
                StringComparison.Ordinal));

            var drifted = await DriftTestsAsync(shop);
            Assert.True(drifted.ExitCode != 0, drifted.Output);
            Assert.Contains("CatalogDbContext's model has changes no migration covers", drifted.Output, StringComparison.Ordinal);

            await RunAsync(shop, [], "dotnet", "tool", "restore");
            await RunAsync(shop, [], "dotnet", "ef", "migrations", "add", "AddProductOrigin", "--context", "CatalogDbContext",
                "--project", Catalog, "--startup-project", "src/Shop.Host", "--output-dir", "Database/Migrations");
            var covered = await DriftTestsAsync(shop);
            Assert.True(covered.ExitCode == 0, covered.Output);

            await using var database = await PostgresDatabase.CreateAsync();
            var migrate = await RunAsync(shop, new(StringComparer.Ordinal) { ["ConnectionStrings__Database"] = database.ConnectionString }, "dotnet", shop.HostAssembly, "migrate");
            // Initial, then the tags the lane added with rampart add resource (ShopGrowth), then this one.
            Assert.Matches(@"CatalogDbContext: applied 3 migration\(s\): \d{14}_Initial, \d{14}_AddTags, \d{14}_AddProductOrigin", migrate);
            Assert.Equal(1L, await ScalarAsync(database.ConnectionString,
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'catalog' AND table_name = 'products' AND column_name = 'origin'"));
            done = true;
        }
        finally
        {
            if (!done)
            {
                await File.WriteAllTextAsync(product, original);
                foreach (var added in Directory.GetFiles(migrations).Except(generated, StringComparer.Ordinal))
                {
                    File.Delete(added);
                }

                await TestProcess.RunAsync("dotnet", ["build", "--nologo", "-v", "q"], shop.Directory, GeneratedShop.BuildBound);
            }
        }
    }

    private static Task<(int ExitCode, string Output)> DriftTestsAsync(GeneratedShop shop) =>
        TestProcess.RunAsync("dotnet", ["test", "--nologo", "--filter", "FullyQualifiedName~SchemaDriftTests"], shop.Directory, GeneratedShop.BuildBound,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["SHOP_TEST_POSTGRES"] = TestEnvironment.PostgresConnectionString,
                ["SHOP_TEST_REDIS"] = TestEnvironment.RedisConfiguration,
            });

    /// <summary>Runs a step of the README in the Shop's folder, as in production, with <paramref name="settings"/> in its environment.</summary>
    private static async Task<string> RunAsync(GeneratedShop shop, Dictionary<string, string> settings, string file, params string[] args)
    {
        settings["ASPNETCORE_ENVIRONMENT"] = "Production";
        var (exitCode, output) = await TestProcess.RunAsync(file, args, shop.Directory, GeneratedShop.BuildBound, settings);
        Assert.True(exitCode == 0, $"{file} {string.Join(' ', args)}:\n{output}");
        return output;
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
