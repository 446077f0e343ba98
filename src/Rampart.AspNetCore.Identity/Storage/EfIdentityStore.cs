using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Rampart.AspNetCore.Identity;

/// <summary>The default <see cref="IIdentityStore"/> over the application's <typeparamref name="TContext"/>.</summary>
internal sealed class EfIdentityStore<TContext>(TContext context) : IIdentityStore
    where TContext : DbContext
{
    private const string UniqueViolation = "23505";

    private DbSet<RampartUser> Users => context.Set<RampartUser>();

    private DbSet<RefreshTokenRecord> RefreshTokens => context.Set<RefreshTokenRecord>();

    private DbSet<LoginThrottleRecord> Throttles => context.Set<LoginThrottleRecord>();

    public Task<RampartUser?> FindUserByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);

    public Task<RampartUser?> FindUserByIdAsync(Guid id, CancellationToken cancellationToken) =>
        Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);

    public async Task<bool> TryAddUserAsync(RampartUser user, CancellationToken cancellationToken)
    {
        var entry = Users.Add(user);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: UniqueViolation })
        {
            return false;
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }

    public Task UpdateUserAsync(Guid userId, string passwordHash, IList<string> roles, CancellationToken cancellationToken)
    {
        var stored = roles.ToList();
        return Users.Where(u => u.Id == userId).ExecuteUpdateAsync(
            set => set.SetProperty(u => u.PasswordHash, passwordHash).SetProperty(u => u.Roles, stored),
            cancellationToken);
    }

    public async Task AddRefreshTokenAsync(RefreshTokenRecord token, CancellationToken cancellationToken)
    {
        var entry = RefreshTokens.Add(token);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }

    public Task<RefreshTokenRecord?> FindRefreshTokenAsync(byte[] tokenHash, CancellationToken cancellationToken) =>
        RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);

    public Task<bool> TryRotateRefreshTokenAsync(Guid spentTokenId, DateTimeOffset now, RefreshTokenRecord next, CancellationToken cancellationToken) =>
        context.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync(token);
            // The row lock taken by this UPDATE makes a concurrent rotation wait, then find spent_at set and change nothing.
            var spent = await RefreshTokens
                .Where(t => t.Id == spentTokenId && t.SpentAt == null && t.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.SpentAt, now), token);
            if (spent != 1)
            {
                await transaction.RollbackAsync(token);
                return false;
            }

            var entry = context.Entry(next);
            entry.State = EntityState.Added;
            try
            {
                await context.SaveChangesAsync(token);
            }
            finally
            {
                entry.State = EntityState.Detached;
            }

            await transaction.CommitAsync(token);
            return true;
        }, cancellationToken);

    public Task<int> RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);

    public Task<int> DeleteExpiredRefreshTokensAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        RefreshTokens.Where(t => !RefreshTokens.Any(live => live.FamilyId == t.FamilyId && live.ExpiresAt > now))
            .ExecuteDeleteAsync(cancellationToken);

    public Task<DateTimeOffset?> GetLockedUntilAsync(IReadOnlyCollection<string> keys, DateTimeOffset now, CancellationToken cancellationToken) =>
        Throttles.Where(t => keys.Contains(t.Key) && t.LockedUntil > now).MaxAsync(t => t.LockedUntil, cancellationToken);

    public async Task<int> RecordLoginFailureAsync(string key, DateTimeOffset now, DateTimeOffset resetBefore, CancellationToken cancellationToken)
    {
        // One statement, so concurrent failures on several instances are all counted.
        var counts = await context.Database.SqlQueryRaw<int>(UpsertFailureSql(), key, now, resetBefore).ToListAsync(cancellationToken);
        return counts.Single();
    }

    public Task LockAsync(string key, DateTimeOffset until, CancellationToken cancellationToken) =>
        Throttles.Where(t => t.Key == key && (t.LockedUntil == null || t.LockedUntil < until))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.LockedUntil, until), cancellationToken);

    public Task ClearLoginFailuresAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Throttles.Where(t => keys.Contains(t.Key)).ExecuteDeleteAsync(cancellationToken);

    public Task<int> DeleteStaleLoginThrottlesAsync(DateTimeOffset resetBefore, DateTimeOffset now, CancellationToken cancellationToken) =>
        Throttles.Where(t => t.LastFailureAt < resetBefore && (t.LockedUntil == null || t.LockedUntil < now))
            .ExecuteDeleteAsync(cancellationToken);

    private string UpsertFailureSql()
    {
        var entity = context.Model.FindEntityType(typeof(LoginThrottleRecord))
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} does not map the identity tables: call modelBuilder.AddRampartIdentity() in OnModelCreating.");
        var table = context.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        return "INSERT INTO " + table + """
             AS t (key, failures, last_failure_at, locked_until) VALUES ({0}, 1, {1}, NULL)
            ON CONFLICT (key) DO UPDATE SET
              failures = CASE WHEN t.last_failure_at < {2} THEN 1 ELSE t.failures + 1 END,
              locked_until = CASE WHEN t.last_failure_at < {2} THEN NULL ELSE t.locked_until END,
              last_failure_at = EXCLUDED.last_failure_at
            RETURNING failures AS "Value"
            """;
    }
}
