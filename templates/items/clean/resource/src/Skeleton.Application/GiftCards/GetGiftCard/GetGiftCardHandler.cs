#if RAMPART_ITEM_OWNED
using Skeleton.Application.Common;
#endif
using Skeleton.Domain.Common;
using Skeleton.Domain.GiftCards;

namespace Skeleton.Application.GiftCards.GetGiftCard;

#if RAMPART_ITEM_OWNED
/// <summary>
/// Its owner (or an administrator) reads a live gift card; anyone else's, like a deleted one, is not found, so its
/// existence is not given away.
/// </summary>
public sealed class GetGiftCardHandler(ICurrentUser user, IGiftCardQueries queries)
{
    public async Task<Result<GiftCardDto>> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } giftCard && user.IsOwnerOrAdmin(giftCard.OwnerId) ? giftCard : GiftCardErrors.NotFound;
}
#else
/// <summary>Anyone reads a live gift card; a deleted one is not found.</summary>
public sealed class GetGiftCardHandler(IGiftCardQueries queries)
{
    public async Task<Result<GiftCardDto>> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } giftCard ? giftCard : GiftCardErrors.NotFound;
}
#endif
