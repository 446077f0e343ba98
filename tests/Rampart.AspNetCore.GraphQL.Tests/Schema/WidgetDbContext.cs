using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;

namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

public sealed class WidgetDbContext(DbContextOptions<WidgetDbContext> options) : DbContext(options)
{
    public DbSet<Widget> Widgets => Set<Widget>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Widget>().Property(w => w.Name).HasMaxLength(100);
        modelBuilder.ApplyRampartConventions();
    }
}
