using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Skeleton.Shared.Database;

namespace Skeleton.Features.GiftCards.UpdateGiftCard;

/// <summary>
/// <c>PATCH /api/v1/gift-cards/{id}</c>: changes the fields given (absent or null ones stay). Needs <c>If-Match</c>
/// (428 without, 412 when stale, also when another write lands between the check and the save); 200 with the new
/// <c>ETag</c>.
/// </summary>
internal static class UpdateGiftCardEndpoint
{
    public static RouteHandlerBuilder MapUpdateGiftCard(this IEndpointRouteBuilder giftCards) =>
        giftCards.MapPatch("/{id:guid}", UpdateAsync)
#if RAMPART_ITEM_OWNED
            .RequireAuthorization()
#else
            .RequireAuthorization(RampartPolicies.Admin)
#endif
            .RequireIfMatch(GiftCardErrors.VersionConflictCode)
            .WithIdempotency()
            .WithName("UpdateGiftCard")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
#if !RAMPART_ITEM_OWNED
            .ProducesProblem(StatusCodes.Status403Forbidden)
#endif
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<DataEnvelope<GiftCardResponse>>, ProblemHttpResult>> UpdateAsync(
#if RAMPART_ITEM_OWNED
        Guid id, UpdateGiftCardRequest request, ExpectedVersion expected, ICurrentUser caller, AppDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await db.GiftCardsOf(caller).FirstOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } giftCard)
#else
        Guid id, UpdateGiftCardRequest request, ExpectedVersion expected, AppDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await db.GiftCards().FirstOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } giftCard)
#endif
        {
            return GiftCardErrors.NotFound.ToProblemResult();
        }

        if (db.ExpectVersion(giftCard, expected).Error is { } stale)
        {
            return stale.ToProblemResult();
        }

        // <fields:update-assignments>
        giftCard.Title = request.Title?.Trim() ?? giftCard.Title;
        giftCard.Code = request.Code?.Trim() ?? giftCard.Code;
        giftCard.Amount = request.Amount ?? giftCard.Amount;
        giftCard.Uses = request.Uses ?? giftCard.Uses;
        giftCard.Tier = request.Tier ?? giftCard.Tier;
        // </fields:update-assignments>
        if ((await SaveAsync(db, cancellationToken)).Error is { } error)
        {
            return error.ToProblemResult();
        }

        response.SetVersionETag(giftCard.Version);
        return Envelope.Ok(GiftCardResponse.From(giftCard));
    }

    private static async Task<Result> SaveAsync(AppDbContext db, CancellationToken cancellationToken)
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
