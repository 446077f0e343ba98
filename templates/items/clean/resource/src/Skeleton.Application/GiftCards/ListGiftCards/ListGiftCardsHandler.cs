using Skeleton.Application.Common;

namespace Skeleton.Application.GiftCards.ListGiftCards;

#if RAMPART_ITEM_OWNED
/// <summary>A signed-in user lists their own live gift cards (an administrator every one), newest first, a page at a time.</summary>
public sealed class ListGiftCardsHandler(ICurrentUser user, IGiftCardQueries queries)
{
    public Task<PagedList<GiftCardDto>> HandleAsync(PageQuery page, CancellationToken cancellationToken) =>
        queries.ListAsync(page, user.IsAdmin() ? null : user.RequireId(), cancellationToken);
}
#else
/// <summary>Anyone lists the live gift cards, newest first, a page at a time.</summary>
public sealed class ListGiftCardsHandler(IGiftCardQueries queries)
{
    public Task<PagedList<GiftCardDto>> HandleAsync(PageQuery page, CancellationToken cancellationToken) =>
        queries.ListAsync(page, cancellationToken);
}
#endif
