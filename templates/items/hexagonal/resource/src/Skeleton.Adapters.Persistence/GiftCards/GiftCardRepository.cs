using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Pagination;
using Skeleton.Core.Common;
using Skeleton.Core.GiftCards;
using Skeleton.Core.GiftCards.Ports;

namespace Skeleton.Adapters.Persistence.GiftCards;

/// <summary>The core's gift card store on PostgreSQL: records in, core objects out, changes committed by <see cref="UnitOfWork"/>.</summary>
internal sealed class GiftCardRepository(AppDbContext db, UnitOfWork unitOfWork, IServiceProvider services) : IGiftCardRepository
{
    private readonly Dictionary<GiftCardRecord, GiftCard> _loaded = new(ReferenceEqualityComparer.Instance);

    public async Task<GiftCard?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<GiftCardRecord>().FirstOrDefaultAsync(g => g.Id == id, cancellationToken) is { } record ? Track(record) : null;

#if RAMPART_ITEM_OWNED
    public async Task<Paged<GiftCard>> ListAsync(Guid? ownerId, PageQuery page, CancellationToken cancellationToken)
    {
        // Soft-deleted rows are hidden by the conventions' query filter; the order is the UUIDv7 id, newest first.
        var query = db.Set<GiftCardRecord>().AsNoTracking();
        if (ownerId is { } owner)
        {
            query = query.Where(g => g.OwnerId == owner);
        }

        var records = await query.ToPageAsync(PageRequest.Create(services, page.Limit, page.Cursor), cancellationToken);
        return new Paged<GiftCard>([.. records.Items.Select(r => r.ToGiftCard())], records.Limit, records.NextCursor);
    }
#else
    public async Task<Paged<GiftCard>> ListAsync(PageQuery page, CancellationToken cancellationToken)
    {
        // Soft-deleted rows are hidden by the conventions' query filter; the order is the UUIDv7 id, newest first.
        var records = await db.Set<GiftCardRecord>().AsNoTracking()
            .ToPageAsync(PageRequest.Create(services, page.Limit, page.Cursor), cancellationToken);
        return new Paged<GiftCard>([.. records.Items.Select(r => r.ToGiftCard())], records.Limit, records.NextCursor);
    }
#endif

    public void Add(GiftCard giftCard)
    {
        var record = GiftCardRecord.From(giftCard);
        db.Add(record);
        _loaded[record] = giftCard;
        unitOfWork.Track(new Tracked<GiftCard, GiftCardRecord>(giftCard, record, static (g, r) => r.CopyFrom(g)));
    }

    public void Remove(GiftCard giftCard)
    {
        // The save interceptor turns the removal into deleted_at = now (soft delete) and bumps the version.
        if (db.ChangeTracker.Entries<GiftCardRecord>().FirstOrDefault(e => e.Entity.Id == giftCard.Id) is { } entry)
        {
            db.Remove(entry.Entity);
        }
    }

    private GiftCard Track(GiftCardRecord record)
    {
        // EF Core returns the tracked record again on a second read in the scope: hand out the same core object too.
        if (_loaded.TryGetValue(record, out var known))
        {
            return known;
        }

        var giftCard = record.ToGiftCard();
        _loaded[record] = giftCard;
        unitOfWork.Track(new Tracked<GiftCard, GiftCardRecord>(giftCard, record, static (g, r) => r.CopyFrom(g)));
        return giftCard;
    }
}
