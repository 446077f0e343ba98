using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Skeleton.Shared.Database;

/// <summary>
/// What <c>dotnet ef migrations add</c> builds the model from, without starting the service (no settings, no server):
/// the same provider and naming as at run time (<see cref="AppDatabase.Configure"/>).
/// </summary>
internal sealed class DesignTimeAppDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<AppDbContext>)AppDatabase.Configure(new DbContextOptionsBuilder<AppDbContext>(), connectionString: null).Options);
}
