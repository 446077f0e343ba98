using Skeleton.Core.Common;
using Skeleton.Core.GiftCards.Ports;

namespace Skeleton.Core.GiftCards.UseCases;

#if RAMPART_ITEM_OWNED
/// <summary>
/// Reads live gift cards the caller may see: their own, or every one for an admin. Anyone else's is answered like a
/// missing one, so its existence is not revealed.
/// </summary>
public sealed class FindGiftCards(IGiftCardRepository giftCards) : IFindGiftCards
{
    public async Task<Result<GiftCard>> GetAsync(Caller caller, Guid id, CancellationToken cancellationToken) =>
        await giftCards.FindAsync(id, cancellationToken) is { } giftCard && caller.IsOwnerOrAdmin(giftCard.OwnerId) ? giftCard : GiftCardErrors.NotFound;

    public Task<Paged<GiftCard>> ListAsync(Caller caller, PageQuery page, CancellationToken cancellationToken) =>
        giftCards.ListAsync(caller.IsAdmin ? null : caller.Id, page, cancellationToken);
}
#else
/// <summary>Reads live gift cards; a deleted gift card is not found.</summary>
public sealed class FindGiftCards(IGiftCardRepository giftCards) : IFindGiftCards
{
    public async Task<Result<GiftCard>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await giftCards.FindAsync(id, cancellationToken) is { } giftCard ? giftCard : GiftCardErrors.NotFound;

    public Task<Paged<GiftCard>> ListAsync(PageQuery page, CancellationToken cancellationToken) => giftCards.ListAsync(page, cancellationToken);
}
#endif
