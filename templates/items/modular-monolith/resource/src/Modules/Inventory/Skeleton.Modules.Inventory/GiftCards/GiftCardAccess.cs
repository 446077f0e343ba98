#if RAMPART_ITEM_OWNED
using Rampart.AspNetCore.Identity;

namespace Skeleton.Modules.Inventory.GiftCards;

/// <summary>Who sees which gift cards: each belongs to the user who created it; an admin sees every one.</summary>
internal static class GiftCardAccess
{
    /// <summary>
    /// The gift cards <paramref name="caller"/> may see: their own, or every one for an admin. Anyone else's is answered
    /// like a missing one, so its existence is not revealed.
    /// </summary>
    public static IQueryable<GiftCard> VisibleTo(this IQueryable<GiftCard> giftCards, ICurrentUser caller)
    {
        if (caller.IsInRole(RampartRoles.Admin))
        {
            return giftCards;
        }

        var ownerId = caller.RequireId();
        return giftCards.Where(g => g.OwnerId == ownerId);
    }
}
#endif
