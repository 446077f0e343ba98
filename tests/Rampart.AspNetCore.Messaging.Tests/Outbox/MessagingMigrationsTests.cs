using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging.Tests.Support;

namespace Rampart.AspNetCore.Messaging.Tests.Outbox;

/// <summary>Both test modules' migrations (outbox and inbox tables inside each) cover their models as they stand.</summary>
public sealed class MessagingMigrationsTests
{
    [Fact]
    public void MessagingContext_MatchesItsMigrations_NoPendingChanges()
    {
        using var context = new MessagingTestDbContextFactory().CreateDbContext([]);

        AssertCovered(context);
    }

    [Fact]
    public void SecondModuleContext_MatchesItsMigrations_NoPendingChanges()
    {
        using var context = new SecondModuleDbContextFactory().CreateDbContext([]);

        AssertCovered(context);
    }

    private static void AssertCovered(DbContext context)
    {
        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"{context.GetType().Name} changed without a migration: dotnet ef migrations add <Name>.");
    }
}
