using Microsoft.EntityFrameworkCore;
using Skeleton.Application.GiftCards;
using Skeleton.Domain.GiftCards;
using Skeleton.Infrastructure.Persistence;

namespace Skeleton.Infrastructure.GiftCards;

/// <summary>The <see cref="IGiftCardRepository"/> port on EF Core: tracked gift cards, saved by the unit of work.</summary>
internal sealed class GiftCardRepository(AppDbContext db) : IGiftCardRepository
{
    public Task<GiftCard?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.GiftCards.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);

    public void Add(GiftCard giftCard) => db.GiftCards.Add(giftCard);

    // The save interceptor turns the removal into deleted_at = now (soft delete) and bumps the version.
    public void Remove(GiftCard giftCard) => db.GiftCards.Remove(giftCard);
}
