using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Rampart.Scaffolding;
using Rampart.Testing;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>
/// The generated Shop running as a real process with production-like settings (administrator from configuration, a
/// signing key generated here, migrations at start-up) on a free port and a fresh database. Killed and dropped on dispose.
/// </summary>
internal sealed class ShopService : IAsyncDisposable
{
    public const string AdminEmail = "root@shop.test";
    public const string AdminPassword = "Owner-passphrase-42!";

    private readonly TestProcess _process;
    private readonly bool _ownsDatabase;
    private string? _signingKey;
    private string? _messagingPrefix;
    private string? _redisPrefix;

    private ShopService(TestProcess process, PostgresDatabase database, bool ownsDatabase, Uri address)
    {
        _process = process;
        Database = database;
        _ownsDatabase = ownsDatabase;
        Address = address;
    }

    /// <summary>The service's database; another instance started on it shares it.</summary>
    public PostgresDatabase Database { get; }

    /// <summary>True once the process has ended (killed at a fault point, for example).</summary>
    public bool HasExited => _process.Process.HasExited;

    public Uri Address { get; }

    public string Output => _process.Output;

    /// <summary>A client of the service; a request sent with <c>Expect: 100-continue</c> waits for the server's answer before its body.</summary>
    public HttpClient CreateClient() =>
        new(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// Starts an instance on a fresh database, or on <paramref name="sharedWith"/>'s database as a further instance of
    /// the same service (with the same signing key, so a token issued by one instance is good at the other, on a
    /// RabbitMQ Shop the same exchange and queue names, so the instances share the broker's work, and on a Redis Shop the
    /// same key prefix, so they share rate limits, cache and SignalR).
    /// </summary>
    public static async Task<ShopService> StartAsync(
        GeneratedShop shop, IReadOnlyDictionary<string, string>? settings = null, ShopService? sharedWith = null)
    {
        var database = sharedWith?.Database ?? await PostgresDatabase.CreateAsync();
        var signingKey = sharedWith?._signingKey ?? NewSigningKey();
        var messagingPrefix = sharedWith?._messagingPrefix ?? RabbitMqTestBroker.UniqueName("shop") + ".";
        var redisPrefix = sharedWith?._redisPrefix ?? "shop-" + Guid.NewGuid().ToString("N")[..12];
        var port = FreePort();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ConnectionStrings__Database"] = database.ConnectionString,
            ["Rampart__Migrations__ApplyOnStartup"] = "true",
            ["Identity__AdminEmail"] = AdminEmail,
            ["Identity__AdminPassword"] = AdminPassword,
            ["Identity__SigningKeys__0__PrivateKeyPem"] = signingKey,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (shop.Settings.Broker == "rabbitmq")
        {
            environment["Messaging__RabbitMq__Uri"] = TestEnvironment.RabbitMqUri.ToString();
            environment["Messaging__Prefix"] = messagingPrefix;
        }

        if (shop.Settings.Cache == ProjectSettings.RedisCache)
        {
            // Instances of one service share a key prefix (their windows, cache and SignalR channels); each service
            // started here has its own. Generous timeout: a slow answer on a loaded machine would count as an outage.
            environment["ConnectionStrings__Redis"] = TestEnvironment.RedisConfiguration;
            environment["Rampart__Redis__KeyPrefix"] = redisPrefix;
            environment["Rampart__Redis__OperationTimeout"] = "00:00:05";
        }

        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var process = TestProcess.Start("dotnet", [shop.HostAssembly], shop.Directory, environment);
        var service = new ShopService(process, database, ownsDatabase: sharedWith is null, new Uri($"http://127.0.0.1:{port}")) { _signingKey = signingKey, _messagingPrefix = messagingPrefix, _redisPrefix = redisPrefix };
        try
        {
            using var probe = service.CreateClient();
            await Eventually.UntilAsync(
                async () => process.Process.HasExited ? throw new TimeoutException("The Shop exited during start-up.") : await IsReadyAsync(probe),
                "the Shop answers /health/ready with 200",
                TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(200));
            return service;
        }
        catch (TimeoutException ex)
        {
            var output = process.Output;
            await service.DisposeAsync();
            throw new TimeoutException($"{ex.Message}\n{output}", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _process.Dispose();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static string NewSigningKey()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKeyPem();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
