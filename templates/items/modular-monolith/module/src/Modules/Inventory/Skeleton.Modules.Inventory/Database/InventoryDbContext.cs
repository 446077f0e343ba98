using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;

namespace Skeleton.Modules.Inventory.Database;

/// <summary>
/// The Inventory module's tables, in schema <c>inventory</c> with their own migrations history there. No other module
/// reads or writes them; they ask through <c>Skeleton.Modules.Inventory.Contracts</c> instead.
/// </summary>
internal sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : DbContext(options)
{
    public const string Schema = "inventory";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InventoryDbContext).Assembly);
        modelBuilder.ApplyRampartConventions();
    }
}
