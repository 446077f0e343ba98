using Microsoft.EntityFrameworkCore;
using Skeleton.Application.Common;
using Skeleton.Application.GiftCards;
using Skeleton.Infrastructure.Persistence;

namespace Skeleton.Infrastructure.GiftCards;

/// <summary>The <see cref="IGiftCardQueries"/> port: untracked reads of live gift cards (the soft-delete filter hides the rest).</summary>
internal sealed class GiftCardQueries(AppDbContext db) : IGiftCardQueries
{
    public async Task<GiftCardDto?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.GiftCards.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken) is { } giftCard ? GiftCardDto.From(giftCard) : null;

#if RAMPART_ITEM_OWNED
    public Task<PagedList<GiftCardDto>> ListAsync(PageQuery page, Guid? ownerId, CancellationToken cancellationToken) =>
        (ownerId is { } owner ? db.GiftCards.Where(g => g.OwnerId == owner) : db.GiftCards)
            .AsNoTracking()
            .ToPagedListAsync(page, GiftCardDto.From, cancellationToken);
#else
    public Task<PagedList<GiftCardDto>> ListAsync(PageQuery page, CancellationToken cancellationToken) =>
        db.GiftCards.AsNoTracking().ToPagedListAsync(page, GiftCardDto.From, cancellationToken);
#endif
}
