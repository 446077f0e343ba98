using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
#if RAMPART_ITEM_OWNED
using Rampart.AspNetCore.Identity;
#endif
using Skeleton.Modules.Inventory.Database;
using Skeleton.Modules.Inventory.GiftCards;

namespace Skeleton.Modules.Inventory.Features.GetGiftCard;

/// <summary><c>GET /api/v1/gift-cards/{id}</c>: the gift card with its version as <c>ETag</c>; a deleted one is not found.</summary>
internal static class GetGiftCardEndpoint
{
    public static RouteHandlerBuilder MapGetGiftCard(this IEndpointRouteBuilder giftCards) =>
        giftCards.MapGet("/{id:guid}", GetAsync)
#if RAMPART_ITEM_OWNED
            .RequireAuthorization()
            .WithName("GetGiftCard")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
#else
            .AllowAnonymous()
            .WithName("GetGiftCard")
            .ProducesProblem(StatusCodes.Status404NotFound);
#endif

    private static async Task<Results<Ok<DataEnvelope<GiftCardResponse>>, ProblemHttpResult>> GetAsync(
#if RAMPART_ITEM_OWNED
        Guid id, ICurrentUser caller, InventoryDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await db.GiftCards.VisibleTo(caller).AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } giftCard)
#else
        Guid id, InventoryDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await db.GiftCards.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } giftCard)
#endif
        {
            return GiftCardErrors.NotFound.ToProblemResult();
        }

        response.SetVersionETag(giftCard.Version);
        return Envelope.Ok(GiftCardResponse.From(giftCard));
    }
}
