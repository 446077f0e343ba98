using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skeleton.Data;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Platform;

/// <summary>
/// The migrations in <c>Data/Migrations</c> describe the model as it is: a change to an entity or a configuration
/// without <c>dotnet ef migrations add</c> fails here, before it fails in production.
/// </summary>
public sealed class SchemaDriftTests(ShopApp app) : IClassFixture<ShopApp>
{
    [Fact]
    public async Task Model_HasNoChangesWithoutAMigration()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed since the last migration: run dotnet ef migrations add <Name>.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }
}
