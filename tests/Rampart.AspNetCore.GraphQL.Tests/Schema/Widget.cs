using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Entities;

namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

public sealed class Widget : Entity
{
    public required string Name { get; set; }
}

public sealed class WidgetType : ObjectGraphType<Widget>
{
    public WidgetType()
    {
        Name = "Widget";
        Field(widget => widget.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(widget => widget.Name);
    }
}

public sealed class WidgetDbContext(DbContextOptions<WidgetDbContext> options) : DbContext(options)
{
    public DbSet<Widget> Widgets => Set<Widget>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Widget>().Property(w => w.Name).HasMaxLength(100);
        modelBuilder.ApplyRampartConventions();
    }
}
