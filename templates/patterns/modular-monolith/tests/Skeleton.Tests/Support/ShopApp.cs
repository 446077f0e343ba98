using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
#if RAMPART_CACHE_REDIS
using Rampart.LocalServers;
#endif

namespace Skeleton.Tests.Support;

/// <summary>
/// The whole service in memory on a database of its own, migrated at start-up, with a configured administrator.
/// One per test class (<c>IClassFixture&lt;ShopApp&gt;</c>); tests stay independent by using fresh skus and users.
/// </summary>
public sealed class ShopApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "root@shop.test";
    public const string AdminPassword = "Owner-passphrase-42!";

    private TestDatabase? _database;
#if RAMPART_CACHE_REDIS

    /// <summary>The environment variable naming the tests' Redis server (host:port); without it they start their own.</summary>
    public const string TestRedisVariable = "SKELETON_TEST_REDIS";
#endif

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("The app is not started.");

    /// <summary>Extra settings a test class needs (set before the first client is created).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
#if RAMPART_CACHE_REDIS
        // One Redis for the run (SKELETON_TEST_REDIS, or a private redis-server); a key prefix per app keeps its rate
        // limit windows, cache entries and SignalR channels apart from every other test class.
        Settings.TryAdd("ConnectionStrings:Redis", await TestRedis.ServerAsync(TestRedisVariable));
        Settings.TryAdd("Rampart:Redis:KeyPrefix", "test-" + Guid.NewGuid().ToString("N")[..12]);
#endif
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>A client with an administrator's access token.</summary>
    public async Task<HttpClient> CreateAdminClientAsync() => Authorize(CreateClient(), await TokenAsync(AdminEmail, AdminPassword));

    /// <summary>A client with the access token of a newly registered customer.</summary>
    public async Task<HttpClient> CreateCustomerClientAsync()
    {
        var email = $"customer-{Guid.NewGuid():N}@shop.test";
        const string password = "Customer-password-42!";
        using var anonymous = CreateClient();
        using var registered = await anonymous.PostAsJsonAsync(new Uri("/api/v1/auth/register", UriKind.Relative), new { email, password });
        registered.EnsureSuccessStatusCode();
        return Authorize(CreateClient(), await TokenAsync(email, password));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Database", ConnectionString);
        builder.UseSetting("Rampart:Migrations:ApplyOnStartup", "true");
        builder.UseSetting("Identity:AdminEmail", AdminEmail);
        builder.UseSetting("Identity:AdminPassword", AdminPassword);
        builder.UseSetting("Identity:Passwords:HashIterations", "1000");
        builder.UseSetting("Identity:SigningKeys:0:PrivateKeyPem", key.ExportPkcs8PrivateKeyPem());
        builder.UseSetting("Rampart:RateLimiting:Enabled", "false");
        foreach (var (name, value) in Settings)
        {
            builder.UseSetting(name, value);
        }
    }

    private async Task<string> TokenAsync(string email, string password)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/auth/token", UriKind.Relative), new { email, password });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("data").GetProperty("accessToken").GetString()!;
    }

    private static HttpClient Authorize(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
