using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
#if RAMPART_ITEM_UNIQUE
using Microsoft.EntityFrameworkCore;
#endif
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Skeleton.Modules.Inventory.Database;
using Skeleton.Modules.Inventory.GiftCards;

namespace Skeleton.Modules.Inventory.Features.CreateGiftCard;

#if RAMPART_ITEM_OWNED
/// <summary>
/// <c>POST /api/v1/gift-cards</c> (a signed-in customer, who owns it): 201 with <c>Location</c> and <c>ETag</c>; a
/// repeated <c>Idempotency-Key</c> replays the first answer.
/// </summary>
#else
/// <summary>
/// <c>POST /api/v1/gift-cards</c> (admin): 201 with <c>Location</c> and <c>ETag</c>; a repeated <c>Idempotency-Key</c>
/// replays the first answer.
/// </summary>
#endif
internal static class CreateGiftCardEndpoint
{
    public static RouteHandlerBuilder MapCreateGiftCard(this IEndpointRouteBuilder giftCards) =>
        giftCards.MapPost("/", CreateAsync)
#if RAMPART_ITEM_OWNED
            .RequireAuthorization(RampartPolicies.Customer)
#else
            .RequireAuthorization(RampartPolicies.Admin)
#endif
            .WithIdempotency()
            .WithName("CreateGiftCard")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Created<DataEnvelope<GiftCardResponse>>, ProblemHttpResult>> CreateAsync(
#if RAMPART_ITEM_OWNED
        CreateGiftCardRequest request, ICurrentUser caller, InventoryDbContext db, HttpResponse response, CancellationToken cancellationToken)
#else
        CreateGiftCardRequest request, InventoryDbContext db, HttpResponse response, CancellationToken cancellationToken)
#endif
    {
        // The gate has checked the request: required fields are present and every value is in range.
        var giftCard = new GiftCard
        {
#if RAMPART_ITEM_OWNED
            OwnerId = caller.RequireId(),
#endif
            // <fields:create-assignments>
            Title = request.Title!.Trim(),
            Code = request.Code?.Trim(),
            Amount = request.Amount!.Value,
            Uses = request.Uses!.Value,
            Tier = request.Tier!.Value,
            // </fields:create-assignments>
        };
        db.GiftCards.Add(giftCard);
        if ((await SaveAsync(db, cancellationToken)).Error is { } error)
        {
            return error.ToProblemResult();
        }

        response.SetVersionETag(giftCard.Version);
        return Envelope.Created($"/api/v1/gift-cards/{giftCard.Id}", GiftCardResponse.From(giftCard));
    }

    private static async Task<Result> SaveAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
#if RAMPART_ITEM_UNIQUE
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        // <fields:unique-catches>
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(GiftCardConfiguration.CodeIndex))
        {
            return GiftCardErrors.CodeTaken;
        }
        // </fields:unique-catches>

#else
        await db.SaveChangesAsync(cancellationToken);
#endif
        return Result.Success();
    }
}
