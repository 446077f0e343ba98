using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rampart.Testing;

namespace Rampart.AspNetCore.Identity.Tests;

public sealed class IdentityStartupTests : IAsyncLifetime, IDisposable
{
    private readonly TestKey _key = new("start-key");
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("rampart-identity-").FullName;
    private PostgresDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PostgresDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose()
    {
        _key.Dispose();
        Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public async Task Start_ProductionWithoutAdminEmail_FailsNamingTheSetting()
    {
        var failure = await StartFailureAsync("Production", _key, options => options.AdminEmail = null);

        Assert.Contains("Identity:AdminEmail", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithoutSigningKeys_FailsNamingTheSetting()
    {
        var failure = await StartFailureAsync("Production", key: null, options => options.Passwords.HashIterations = 210_000);

        Assert.Contains("Identity:SigningKeys", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithTestHashIterations_FailsNamingTheSetting()
    {
        var failure = await StartFailureAsync("Production", _key, configure: null);

        Assert.Contains("Identity:Passwords:HashIterations", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WeakAdminPassword_FailsNamingTheSetting()
    {
        var failure = await StartFailureAsync("Testing", _key, options => options.AdminPassword = "short");

        Assert.Contains("Identity:AdminPassword", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_KeyThatIsNotPem_FailsNamingTheKey()
    {
        var failure = await StartFailureAsync("Testing", key: null, options => options.SigningKeys.Add(new SigningKeyOptions { KeyId = "bad", PrivateKeyPem = "not a key" }));

        Assert.Contains("Identity:SigningKeys:0:PrivateKeyPem", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RsaKey_FailsAsNotP256()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var failure = await StartFailureAsync("Testing", key: null, options => options.SigningKeys.Add(new SigningKeyOptions { PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem() }));

        Assert.Contains("Identity:SigningKeys:0", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OnlyVerifyOnlyKeys_FailsBecauseNothingCanSign()
    {
        var failure = await StartFailureAsync("Testing", key: null, options => options.SigningKeys.Add(_key.VerifyOnly()));

        Assert.Contains("PrivateKeyPem", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SettingsFromConfiguration_BindKeysAdminAndLifetimes()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Identity:SigningKeys:0:KeyId"] = "from-config",
            ["Identity:SigningKeys:0:PrivateKeyPem"] = _key.PrivatePem,
            ["Identity:AdminEmail"] = "root@shop.test",
            ["Identity:AdminPassword"] = "Configured-Secret-99",
            ["Identity:AccessTokenLifetime"] = "00:05:00",
            ["Identity:Passwords:MinimumLength"] = "20",
        };
        await using var host = await IdentityTestHost.StartAsync(_database.ConnectionString, key: null, settings: settings);
        var client = new IdentityClient(host.Client);

        var admin = await client.SignInAsync("root@shop.test", "Configured-Secret-99");

        Assert.Equal("from-config", TestTokens.DecodePart(admin.AccessToken, 0).GetProperty("kid").GetString());
        var payload = TestTokens.DecodePart(admin.AccessToken, 1);
        Assert.Equal(300, payload.GetProperty("exp").GetInt64() - payload.GetProperty("iat").GetInt64());
        using var ping = await client.GetAsync("/api/v1/admin/ping", admin.AccessToken);
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        using var shortPassword = await client.RegisterAsync(IdentityClient.NewEmail(), "Sixteen-Chars-42");
        Assert.Equal(HttpStatusCode.BadRequest, shortPassword.StatusCode);
    }

    [Fact]
    public async Task Start_Development_GeneratesAndKeepsADevelopmentKey()
    {
        string firstKid;
        await using (var first = await IdentityTestHost.StartAsync(_database.ConnectionString, key: null, environment: "Development", contentRoot: _contentRoot))
        {
            firstKid = await OnlyKidAsync(first);
            Assert.Contains(first.Logs.Entries, e => e.EventId.Id == 4003);
        }

        await using var second = await IdentityTestHost.StartAsync(_database.ConnectionString, key: null, environment: "Development", contentRoot: _contentRoot);

        Assert.True(File.Exists(Path.Combine(_contentRoot, ".rampart", "identity", "development-signing-key.pem")));
        Assert.Equal(firstKid, await OnlyKidAsync(second));
        Assert.Equal(HttpStatusCode.Created, (await new IdentityClient(second.Client).RegisterAsync(IdentityClient.NewEmail())).StatusCode);
    }

    [Fact]
    public async Task Start_AdminEmailOfExistingCustomer_GrantsAdminRoleWithoutChangingPassword()
    {
        const string Email = "ops@shop.test";
        await using (var before = await IdentityTestHost.StartAsync(_database.ConnectionString, _key))
        {
            (await new IdentityClient(before.Client).RegisterAsync(Email, "Night-Shift-Password-7")).EnsureSuccessStatusCode();
        }

        await using var after = await IdentityTestHost.StartAsync(_database.ConnectionString, _key, options =>
        {
            options.AdminEmail = Email;
            options.AdminPassword = "Configured-Secret-99";
        });
        var session = await new IdentityClient(after.Client).SignInAsync(Email, "Night-Shift-Password-7");

        using var ping = await new IdentityClient(after.Client).GetAsync("/api/v1/admin/ping", session.AccessToken);
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        Assert.Contains(after.Logs.Entries, e => e.EventId.Id == 4005);
    }

    [Fact]
    public async Task Start_TwoInstancesAtOnce_CreateOneAdmin()
    {
        var hosts = await Task.WhenAll(
            IdentityTestHost.StartAsync(_database.ConnectionString, _key),
            IdentityTestHost.StartAsync(_database.ConnectionString, _key));
        try
        {
            await using var scope = hosts[0].Services.CreateAsyncScope();
            var admin = await scope.ServiceProvider.GetRequiredService<IIdentityStore>()
                .FindUserByEmailAsync(EmailAddress.Normalize(IdentityTestHost.AdminEmail), CancellationToken.None);
            Assert.NotNull(admin);
            Assert.Equal(["customer", "admin"], admin.Roles);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    private async Task<Exception> StartFailureAsync(string environment, TestKey? key, Action<RampartIdentityOptions>? configure)
    {
        await using var app = IdentityTestHost.Build(_database.ConnectionString, key, configure, environment, _contentRoot, IdentityTestHost.NewClock(), out _);
        var failure = await Record.ExceptionAsync(() => app.StartAsync());
        Assert.NotNull(failure);
        // A validation failure, which StartupFailure prints as one line naming the setting; never another exception.
        Assert.IsType<OptionsValidationException>(failure);
        return failure;
    }

    private static async Task<string> OnlyKidAsync(IdentityTestHost host)
    {
        using var response = await host.Client.GetAsync("/.well-known/jwks.json");
        return (await IdentityClient.ReadJsonAsync(response)).GetProperty("keys").EnumerateArray().Single().GetProperty("kid").GetString()!;
    }
}
