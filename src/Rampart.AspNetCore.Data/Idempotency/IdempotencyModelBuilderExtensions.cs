using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data.Idempotency;

namespace Rampart.AspNetCore.Data;

/// <summary>Maps the idempotency table into the service's own DbContext.</summary>
public static class IdempotencyModelBuilderExtensions
{
    /// <summary>
    /// Maps <see cref="IdempotencyRecord"/> to <c>idempotency_keys</c> (in <paramref name="schema"/>, else the default
    /// schema). The context's next <c>dotnet ef migrations add</c> creates the table.
    /// </summary>
    public static ModelBuilder AddRampartIdempotency(this ModelBuilder modelBuilder, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<IdempotencyRecord>(table =>
        {
            table.ToTable(IdempotencyTable.Name, schema);
            table.HasKey(r => new { r.Scope, r.Key }).HasName(IdempotencyTable.PrimaryKey);
            table.Property(r => r.Scope).HasColumnName("scope").HasMaxLength(300);
            table.Property(r => r.Key).HasColumnName("key").HasMaxLength(255);
            table.Property(r => r.Fingerprint).HasColumnName("fingerprint").HasMaxLength(64);
            table.Property(r => r.CreatedAt).HasColumnName("created_at");
            table.Property(r => r.ExpiresAt).HasColumnName("expires_at");
            table.Property(r => r.ResponseStatus).HasColumnName("response_status");
            table.Property(r => r.ResponseHeaders).HasColumnName("response_headers").HasColumnType("jsonb");
            table.Property(r => r.ResponseBody).HasColumnName("response_body");
            table.HasIndex(r => r.ExpiresAt).HasDatabaseName(IdempotencyTable.ExpiresAtIndex);
        });
        return modelBuilder;
    }
}
