using Microsoft.EntityFrameworkCore;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>An application context: identity tables next to one owned resource of the app.</summary>
public sealed class IdentityTestDbContext(DbContextOptions<IdentityTestDbContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddRampartIdentity(schema: "identity");
        modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("notes", "app");
            note.HasKey(n => n.Id);
            note.Property(n => n.Id).HasColumnName("id").ValueGeneratedNever();
            note.Property(n => n.OwnerId).HasColumnName("owner_id");
            note.Property(n => n.Text).HasColumnName("text");
        });
    }
}

public sealed class Note
{
    public Guid Id { get; set; }

    public Guid OwnerId { get; set; }

    public required string Text { get; set; }
}
