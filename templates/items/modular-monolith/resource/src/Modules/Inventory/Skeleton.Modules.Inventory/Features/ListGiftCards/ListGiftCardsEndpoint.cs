using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Envelopes;
#if RAMPART_ITEM_OWNED
using Rampart.AspNetCore.Identity;
#endif
using Skeleton.Modules.Inventory.Database;
using Skeleton.Modules.Inventory.GiftCards;

namespace Skeleton.Modules.Inventory.Features.ListGiftCards;

#if RAMPART_ITEM_OWNED
/// <summary>
/// <c>GET /api/v1/gift-cards?limit=&amp;cursor=</c>: the caller's live gift cards (every one for an admin), newest
/// first, keyset-paginated (<c>limit</c> 1–100, default 20).
/// </summary>
#else
/// <summary>
/// <c>GET /api/v1/gift-cards?limit=&amp;cursor=</c>: live gift cards, newest first, keyset-paginated (<c>limit</c> 1–100,
/// default 20).
/// </summary>
#endif
internal static class ListGiftCardsEndpoint
{
    public static RouteHandlerBuilder MapListGiftCards(this IEndpointRouteBuilder giftCards) =>
        giftCards.MapGet("/", ListAsync)
#if RAMPART_ITEM_OWNED
            .RequireAuthorization()
            .WithName("ListGiftCards")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
#else
            .AllowAnonymous()
            .WithName("ListGiftCards")
            .ProducesProblem(StatusCodes.Status400BadRequest);
#endif

#if RAMPART_ITEM_OWNED
    private static async Task<Ok<PageEnvelope<GiftCardResponse>>> ListAsync(
        PageRequest page, ICurrentUser caller, InventoryDbContext db, CancellationToken cancellationToken)
    {
        // Soft-deleted rows are hidden by the conventions' query filter; the default order is the UUIDv7 id, newest first.
        var giftCards = await db.GiftCards.VisibleTo(caller).AsNoTracking().ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(giftCards.ToEnvelope(GiftCardResponse.From));
    }
#else
    private static async Task<Ok<PageEnvelope<GiftCardResponse>>> ListAsync(PageRequest page, InventoryDbContext db, CancellationToken cancellationToken)
    {
        // Soft-deleted rows are hidden by the conventions' query filter; the default order is the UUIDv7 id, newest first.
        var giftCards = await db.GiftCards.AsNoTracking().ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(giftCards.ToEnvelope(GiftCardResponse.From));
    }
#endif
}
