using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Rampart.AspNetCore.Data.Caching;

/// <summary>
/// Removes the cached entries of every cached entity a save changed, so no write path has to remember to. The keys are
/// taken before the save (after it, a deleted entry is gone) and removed only once the change is visible to other
/// readers: right after SaveChanges when it committed by itself, else when the surrounding transaction commits
/// (an explicit one, the inbox's, or an idempotent request's); never when it fails or rolls back. Removing earlier
/// would let a concurrent reader fill the cache again with the row as it was.
/// </summary>
internal sealed class CacheInvalidationInterceptor(CachedEntities entities, EntityCache cache) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<string>> _saving = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        // Synchronous saves get the same guarantee: the entries are gone before SaveChanges returns.
        Saved(eventData.Context)?.GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData.Context) is { } removal)
        {
            await removal;
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var keys = new List<string>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || entities.Find(entry.Metadata.ClrType) is not { } cached)
            {
                continue;
            }

            // A new entity has no entry yet (ids are new UUIDv7s), but every list it now belongs to is stale. The id is
            // read through the model, so a framework-free domain entity (no Rampart interface) is cached the same way.
            if (entry.State is not EntityState.Added && IdOf(entry) is { } id)
            {
                keys.Add(cached.KeyOf(id).Value);
            }

            var list = cached.ListKey.Value;
            if (!keys.Contains(list))
            {
                keys.Add(list);
            }
        }

        if (keys.Count == 0)
        {
            _saving.Remove(context);
        }
        else
        {
            _saving.AddOrUpdate(context, keys);
        }
    }

    private static Guid? IdOf(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey()?.Properties is [var key] && entry.Property(key.Name).OriginalValue is Guid id ? id : null;

    private Task? Saved(DbContext? context)
    {
        if (context is null || !_saving.TryGetValue(context, out var keys))
        {
            return null;
        }

        _saving.Remove(context);
        if (context.Database.CurrentTransaction is { } transaction)
        {
            TransactionCallbacks.OnCommitted(transaction.GetDbTransaction(), () => cache.RemoveAsync(keys));
            return null;
        }

        return cache.RemoveAsync(keys);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _saving.Remove(context);
        }
    }
}
