using Microsoft.EntityFrameworkCore.ChangeTracking;
using Rampart.AspNetCore.Identity;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Adds the identity tables to an application's <see cref="DbContext"/> model.</summary>
public static class IdentityModelBuilderExtensions
{
    /// <summary>The schema used when none is given.</summary>
    public const string DefaultSchema = "identity";

    /// <summary>
    /// Maps <see cref="RampartUser"/>, <see cref="RefreshTokenRecord"/> and <see cref="LoginThrottleRecord"/> into
    /// <paramref name="schema"/>. Call from <c>OnModelCreating</c>; the context's next <c>dotnet ef migrations add</c>
    /// creates the tables.
    /// </summary>
    public static ModelBuilder AddRampartIdentity(this ModelBuilder modelBuilder, string schema = DefaultSchema)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);

        modelBuilder.Entity<RampartUser>(user =>
        {
            user.ToTable(IdentityTables.Users, schema);
            user.HasKey(u => u.Id).HasName("pk_users");
            user.Property(u => u.Id).HasColumnName("id").ValueGeneratedNever();
            user.Property(u => u.Email).HasColumnName("email").HasMaxLength(EmailAddress.MaximumLength);
            user.Property(u => u.NormalizedEmail).HasColumnName("normalized_email").HasMaxLength(EmailAddress.MaximumLength);
            user.Property(u => u.PasswordHash).HasColumnName("password_hash");
            user.Property(u => u.CreatedAt).HasColumnName("created_at");
            user.Property(u => u.Roles).HasColumnName("roles").HasConversion(
                roles => string.Join(' ', roles),
                text => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<IList<string>>(
                    (a, b) => a!.SequenceEqual(b!),
                    roles => roles.Aggregate(0, (hash, role) => HashCode.Combine(hash, role.GetHashCode(StringComparison.Ordinal))),
                    roles => roles.ToList()));
            user.HasIndex(u => u.NormalizedEmail).IsUnique().HasDatabaseName("ux_users_normalized_email");
        });

        modelBuilder.Entity<RefreshTokenRecord>(token =>
        {
            token.ToTable(IdentityTables.RefreshTokens, schema);
            token.HasKey(t => t.Id).HasName("pk_refresh_tokens");
            token.Property(t => t.Id).HasColumnName("id").ValueGeneratedNever();
            token.Property(t => t.FamilyId).HasColumnName("family_id");
            token.Property(t => t.UserId).HasColumnName("user_id");
            token.Property(t => t.TokenHash).HasColumnName("token_hash");
            token.Property(t => t.CreatedAt).HasColumnName("created_at");
            token.Property(t => t.ExpiresAt).HasColumnName("expires_at");
            token.Property(t => t.SpentAt).HasColumnName("spent_at");
            token.Property(t => t.RevokedAt).HasColumnName("revoked_at");
            token.HasIndex(t => t.TokenHash).IsUnique().HasDatabaseName("ux_refresh_tokens_token_hash");
            token.HasIndex(t => t.FamilyId).HasDatabaseName("ix_refresh_tokens_family_id");
            token.HasIndex(t => t.UserId).HasDatabaseName("ix_refresh_tokens_user_id");
            token.HasOne<RampartUser>().WithMany().HasForeignKey(t => t.UserId)
                .HasConstraintName("fk_refresh_tokens_users_user_id").OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<LoginThrottleRecord>(throttle =>
        {
            throttle.ToTable(IdentityTables.LoginThrottles, schema);
            throttle.HasKey(t => t.Key).HasName("pk_login_throttles");
            throttle.Property(t => t.Key).HasColumnName("key").HasMaxLength(64);
            throttle.Property(t => t.Failures).HasColumnName("failures");
            throttle.Property(t => t.LastFailureAt).HasColumnName("last_failure_at");
            throttle.Property(t => t.LockedUntil).HasColumnName("locked_until");
        });

        return modelBuilder;
    }
}
