using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>How <c>dotnet ef</c> builds <see cref="IdentityTestDbContext"/>: the test host's options, with no database behind them.</summary>
internal sealed class IdentityTestDbContextFactory : IDesignTimeDbContextFactory<IdentityTestDbContext>
{
    public IdentityTestDbContext CreateDbContext(string[] args) => Create("Host=localhost");

    public static IdentityTestDbContext Create(string connectionString)
    {
        var options = new DbContextOptionsBuilder<IdentityTestDbContext>();
        Configure(options, connectionString);
        return new IdentityTestDbContext(options.Options);
    }

    /// <summary>The one configuration of the context, for the test host and for the migrations tooling.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) => options.UseNpgsql(connectionString);
}
