using Skeleton.Application.Common;

namespace Skeleton.Application.GiftCards;

/// <summary>The gift cards' read side: DTOs, read without loading aggregates for change.</summary>
public interface IGiftCardQueries
{
    /// <summary>The live gift card, or null.</summary>
    Task<GiftCardDto?> GetAsync(Guid id, CancellationToken cancellationToken);

#if RAMPART_ITEM_OWNED
    /// <summary>Live gift cards, newest first: those of <paramref name="ownerId"/>, or every one when it is null.</summary>
    Task<PagedList<GiftCardDto>> ListAsync(PageQuery page, Guid? ownerId, CancellationToken cancellationToken);
#else
    /// <summary>Live gift cards, newest first.</summary>
    Task<PagedList<GiftCardDto>> ListAsync(PageQuery page, CancellationToken cancellationToken);
#endif
}
