using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>How <c>dotnet ef</c> builds <see cref="MessagingTestDbContext"/>: the test hosts' options, with no database behind them.</summary>
internal sealed class MessagingTestDbContextFactory : IDesignTimeDbContextFactory<MessagingTestDbContext>
{
    public MessagingTestDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MessagingTestDbContext>();
        MessagingDatabase.Configure(options, "Host=localhost");
        return new MessagingTestDbContext(options.Options);
    }
}
