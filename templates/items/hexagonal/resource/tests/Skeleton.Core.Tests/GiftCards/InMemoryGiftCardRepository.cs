using Skeleton.Core.Common;
using Skeleton.Core.GiftCards;
using Skeleton.Core.GiftCards.Ports;

namespace Skeleton.Core.Tests.GiftCards;

/// <summary>
/// The persistence adapter swapped for a dictionary: the gift cards' repository and the unit of work in one fake. A
/// commit stamps every changed gift card with the next version, as the real adapter does; <see cref="ConflictOnNextCommit"/>
/// plays a concurrent writer; a removed gift card is kept as deleted, as soft delete would.
/// </summary>
internal sealed class InMemoryGiftCardRepository : IGiftCardRepository, IUnitOfWork
{
    private readonly Dictionary<Guid, GiftCard> _live = [];
    private readonly HashSet<GiftCard> _pending = new(ReferenceEqualityComparer.Instance);

    public int Commits { get; private set; }

    public bool ConflictOnNextCommit { get; set; }

    public Task<GiftCard?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var giftCard = _live.GetValueOrDefault(id);
        if (giftCard is not null)
        {
            _pending.Add(giftCard);
        }

        return Task.FromResult(giftCard);
    }

#if RAMPART_ITEM_OWNED
    public Task<Paged<GiftCard>> ListAsync(Guid? ownerId, PageQuery page, CancellationToken cancellationToken) =>
        Task.FromResult(new Paged<GiftCard>([.. _live.Values.Where(g => ownerId is null || g.OwnerId == ownerId).OrderByDescending(g => g.Id).Take(page.Limit)], page.Limit, null));
#else
    public Task<Paged<GiftCard>> ListAsync(PageQuery page, CancellationToken cancellationToken) =>
        Task.FromResult(new Paged<GiftCard>([.. _live.Values.OrderByDescending(g => g.Id).Take(page.Limit)], page.Limit, null));
#endif

    public void Add(GiftCard giftCard)
    {
        _live[giftCard.Id] = giftCard;
        _pending.Add(giftCard);
    }

    public void Remove(GiftCard giftCard)
    {
        _live.Remove(giftCard.Id);
        _pending.Add(giftCard);
    }

    public Task<Result> CommitAsync(CoreError onConflict, CancellationToken cancellationToken)
    {
        if (ConflictOnNextCommit)
        {
            ConflictOnNextCommit = false;
            return Task.FromResult<Result>(onConflict);
        }

        var now = DateTimeOffset.UtcNow;
        foreach (var giftCard in _pending)
        {
            giftCard.Stamp(giftCard.Version + 1, giftCard.Version == 0 ? now : giftCard.CreatedAt, now);
        }

        _pending.Clear();
        Commits++;
        return Task.FromResult(Result.Success());
    }

    public void Discard() => _pending.Clear();
}
