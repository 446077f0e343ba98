using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;

namespace Skeleton.Host.Platform.Idempotency;

/// <summary>The platform's own tables (schema <c>platform</c>): the idempotency keys every module's endpoints share.</summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options)
{
    public const string Schema = "platform";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddRampartIdempotency(Schema);
        modelBuilder.ApplyRampartConventions();
    }
}
