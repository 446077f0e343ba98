using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Skeleton.Domain.Common;

namespace Skeleton.Infrastructure.Persistence;

/// <summary>
/// Keeps the domain entities' persistence state just before every save: the version (1 when added, one more on every
/// change, the old value staying the UPDATE's condition), the timestamps from <see cref="TimeProvider"/>, and the soft
/// delete (a removed entity becomes an update of <c>deleted_at</c>). The domain declares these properties and never sets
/// them; Rampart's own interceptor does the same for the building blocks' entities, which the domain cannot derive from.
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
        foreach (var entry in context.ChangeTracker.Entries<Entity>().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Property(e => e.Version).CurrentValue = 1;
                    entry.Property(e => e.CreatedAt).CurrentValue = now;
                    entry.Property(e => e.UpdatedAt).CurrentValue = now;
                    break;
                case EntityState.Modified:
                    Touch(entry, now);
                    break;
                case EntityState.Deleted:
                    entry.State = EntityState.Modified;
                    entry.Property(e => e.DeletedAt).CurrentValue = now;
                    Touch(entry, now);
                    break;
                default:
                    break;
            }
        }
    }

    private static void Touch(EntityEntry<Entity> entry, DateTimeOffset now)
    {
        var version = entry.Property(e => e.Version);
        version.CurrentValue = version.OriginalValue + 1;
        entry.Property(e => e.UpdatedAt).CurrentValue = now;
        entry.Property(e => e.CreatedAt).IsModified = false;
    }
}
