using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Data.Tests.Host;
using Rampart.Testing;

namespace Rampart.AspNetCore.Data.Tests.Caching;

public sealed class CachingOptionsTests
{
    [Theory]
    [InlineData("Rampart:Caching:Expiration", "00:00:00", "Expiration")]
    [InlineData("Rampart:Caching:LocalExpiration", "02:00:00", "LocalExpiration")]
    [InlineData("Rampart:Caching:MaximumPayloadBytes", "10", "MaximumPayloadBytes")]
    public async Task Start_InvalidCachingSetting_FailsNamingIt(string setting, string value, string named)
    {
        await using var database = await PostgresDatabase.CreateAsync();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => ShopHost.StartAsync(
            database.ConnectionString, migrateOnStartup: false, settings: new Dictionary<string, string?> { [setting] = value },
            services: CachedProductEndpoints.AddCaching));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
