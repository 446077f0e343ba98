using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Rampart.AspNetCore.Data.Tests.Host;

/// <summary>How <c>dotnet ef</c> builds <see cref="ShopDbContext"/>: the test host's options, with no database behind them.</summary>
internal sealed class ShopDbContextFactory : IDesignTimeDbContextFactory<ShopDbContext>
{
    public ShopDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ShopDbContext>();
        Configure(options, "Host=localhost", new ServiceCollection().BuildServiceProvider());
        return new ShopDbContext(options.Options);
    }

    /// <summary>The one configuration of the context, for the test host and for the migrations tooling.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString, IServiceProvider services) =>
        options.UseNpgsql(connectionString).UseRampartData(services);
}
