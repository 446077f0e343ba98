using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>How <c>dotnet ef</c> builds <see cref="SecondModuleDbContext"/>: the two-module host's options, with no database behind them.</summary>
internal sealed class SecondModuleDbContextFactory : IDesignTimeDbContextFactory<SecondModuleDbContext>
{
    public SecondModuleDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SecondModuleDbContext>();
        TwoModuleHost.ConfigureSecond(options, "Host=localhost");
        return new SecondModuleDbContext(options.Options);
    }
}
