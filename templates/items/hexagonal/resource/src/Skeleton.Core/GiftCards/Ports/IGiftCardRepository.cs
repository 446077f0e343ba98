using Skeleton.Core.Common;

namespace Skeleton.Core.GiftCards.Ports;

/// <summary>Outbound port: where gift cards are kept. Changes to what it returns are committed by <see cref="IUnitOfWork"/>.</summary>
public interface IGiftCardRepository
{
    /// <summary>The live gift card, tracked for changes, or null.</summary>
    Task<GiftCard?> FindAsync(Guid id, CancellationToken cancellationToken);

#if RAMPART_ITEM_OWNED
    /// <summary>Live gift cards (of <paramref name="ownerId"/> only, unless it is null), newest first, read only.</summary>
    Task<Paged<GiftCard>> ListAsync(Guid? ownerId, PageQuery page, CancellationToken cancellationToken);
#else
    /// <summary>Live gift cards, newest first, read only.</summary>
    Task<Paged<GiftCard>> ListAsync(PageQuery page, CancellationToken cancellationToken);
#endif

    void Add(GiftCard giftCard);

    void Remove(GiftCard giftCard);
}
