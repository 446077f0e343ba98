using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using Skeleton.Host.Platform.Idempotency;
#if RAMPART_EXAMPLE_SHOP
using Skeleton.Modules.Catalog.Database;
#endif
using Skeleton.Modules.Identity.Database;
#if RAMPART_EXAMPLE_SHOP
using Skeleton.Modules.Orders.Database;
#endif
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Platform;

/// <summary>
/// Every context's migrations, through their model snapshot, describe its model as it stands, and start-up applies
/// them all. A changed entity without <c>dotnet ef migrations add</c> fails here (see the README's Migrations section).
/// </summary>
public sealed class SchemaDriftTests(ShopApp app) : IClassFixture<ShopApp>
{
#if RAMPART_EXAMPLE_SHOP
    public static TheoryData<Type> Contexts => new() { typeof(PlatformDbContext), typeof(IdentityDbContext), typeof(CatalogDbContext), typeof(OrdersDbContext) };
#else
    public static TheoryData<Type> Contexts => new() { typeof(PlatformDbContext), typeof(IdentityDbContext) };
#endif

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Model_MatchesTheMigrations_NoPendingChanges(Type contextType)
    {
        // Built the way dotnet ef builds it, from the host's services, without a database or a start.
        using var context = DbContextActivator.CreateInstance(contextType, typeof(Program).Assembly);

        Assert.False(
            context.Database.HasPendingModelChanges(),
            $"{contextType.Name}'s model has changes no migration covers: add one with dotnet ef migrations add <Name> --context {contextType.Name}.");
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public async Task Startup_AppliesEveryMigration_NonePending(Type contextType)
    {
        using var scope = app.Services.CreateScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }
}
