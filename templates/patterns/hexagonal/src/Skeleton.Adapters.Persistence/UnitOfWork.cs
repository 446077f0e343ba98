using Microsoft.EntityFrameworkCore;
using Skeleton.Core.Common;
#if RAMPART_EXAMPLE_SHOP
using Rampart.AspNetCore.Data;
using Skeleton.Adapters.Persistence.Catalog;
using Skeleton.Core.Catalog;
#endif

namespace Skeleton.Adapters.Persistence;

/// <summary>
/// Commits the scope's <see cref="AppDbContext"/>: first copies every tracked core object onto its record, then one
/// SaveChanges (records, outbox messages, webhook deliveries together), then stamps the new versions back onto the
/// core objects. The database's verdicts become the core's errors here and nowhere else.
/// </summary>
internal sealed class UnitOfWork(AppDbContext db) : IUnitOfWork
{
    private readonly List<ITracked> _tracked = [];

    public void Track(ITracked tracked) => _tracked.Add(tracked);

    public async Task<Result> CommitAsync(CoreError onConflict, CancellationToken cancellationToken)
    {
        foreach (var tracked in _tracked)
        {
            tracked.Apply();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return onConflict;
        }
#if RAMPART_EXAMPLE_SHOP
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(ProductRecordConfiguration.SkuIndex))
        {
            return CatalogErrors.SkuTaken;
        }
#endif

        foreach (var tracked in _tracked)
        {
            tracked.Stamp();
        }

        return Result.Success();
    }

    public void Discard()
    {
        db.ChangeTracker.Clear();
        _tracked.Clear();
    }
}
