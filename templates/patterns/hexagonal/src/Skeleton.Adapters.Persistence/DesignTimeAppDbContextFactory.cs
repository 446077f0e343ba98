using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Skeleton.Adapters.Persistence;

/// <summary>
/// What <c>dotnet ef migrations add</c> builds the model from, without starting the service (no settings, no server):
/// the same provider and naming as at run time (<see cref="PersistenceAdapter.Configure"/>).
/// </summary>
internal sealed class DesignTimeAppDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<AppDbContext>)PersistenceAdapter.Configure(new DbContextOptionsBuilder<AppDbContext>(), connectionString: null).Options);
}
