using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rampart.AspNetCore.Data.Entities;

/// <summary>
/// Maintains the conventions' columns just before every save: version, timestamps from <see cref="TimeProvider"/>,
/// and soft delete (a removed <see cref="ISoftDeletable"/> becomes an update of <c>deleted_at</c>).
/// </summary>
internal sealed class EntityStateInterceptor(TimeProvider timeProvider) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var now = timeProvider.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    OnAdded(entry, now);
                    break;
                case EntityState.Modified:
                    OnModified(entry, now);
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDeletable deletable:
                    entry.State = EntityState.Modified;
                    deletable.DeletedAt = now;
                    OnModified(entry, now);
                    break;
                default:
                    break;
            }
        }
    }

    private static void OnAdded(EntityEntry entry, DateTimeOffset now)
    {
        if (entry.Entity is IVersioned versioned)
        {
            versioned.Version = 1;
        }

        if (entry.Entity is IAuditable auditable)
        {
            auditable.CreatedAt = now;
            auditable.UpdatedAt = now;
        }
    }

    private static void OnModified(EntityEntry entry, DateTimeOffset now)
    {
        if (entry.Entity is IVersioned)
        {
            // The original value stays the WHERE condition of the UPDATE; the new value is one more than it.
            var version = entry.Property(nameof(IVersioned.Version));
            version.CurrentValue = (long)version.OriginalValue! + 1;
        }

        if (entry.Entity is IAuditable auditable)
        {
            auditable.UpdatedAt = now;
            entry.Property(nameof(IAuditable.CreatedAt)).IsModified = false;
        }
    }
}
