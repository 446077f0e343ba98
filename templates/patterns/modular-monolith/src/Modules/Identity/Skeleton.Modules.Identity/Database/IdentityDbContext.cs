using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;

namespace Skeleton.Modules.Identity.Database;

/// <summary>The identity module's tables: users, refresh tokens and login throttles, in schema <c>identity</c>.</summary>
internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public const string Schema = "identity";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddRampartIdentity(Schema);
        modelBuilder.ApplyRampartConventions();
    }
}
