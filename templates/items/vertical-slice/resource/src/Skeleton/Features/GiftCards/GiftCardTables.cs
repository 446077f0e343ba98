using Microsoft.EntityFrameworkCore;
#if RAMPART_ITEM_OWNED
using Rampart.AspNetCore.Identity;
#endif
using Skeleton.Shared.Database;

namespace Skeleton.Features.GiftCards;

/// <summary>The gift cards' table as the feature's slices reach it; no other feature does.</summary>
internal static class GiftCardTables
{
    public static DbSet<GiftCard> GiftCards(this AppDbContext db) => db.Set<GiftCard>();
#if RAMPART_ITEM_OWNED

    /// <summary>
    /// The gift cards <paramref name="caller"/> may see: their own, or every one for an admin. Anyone else's is answered
    /// like a missing one, so its existence is not revealed.
    /// </summary>
    public static IQueryable<GiftCard> GiftCardsOf(this AppDbContext db, ICurrentUser caller)
    {
        if (caller.IsInRole(RampartRoles.Admin))
        {
            return db.GiftCards();
        }

        var ownerId = caller.RequireId();
        return db.GiftCards().Where(g => g.OwnerId == ownerId);
    }
#endif
}
