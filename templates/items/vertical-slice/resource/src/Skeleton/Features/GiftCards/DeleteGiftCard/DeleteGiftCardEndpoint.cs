using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Skeleton.Shared.Database;

namespace Skeleton.Features.GiftCards.DeleteGiftCard;

/// <summary>
/// <c>DELETE /api/v1/gift-cards/{id}</c>: 204, a soft delete; with <c>If-Match</c> the version must match (412
/// otherwise), without it the delete wins. The gift card is then not found.
/// </summary>
internal static class DeleteGiftCardEndpoint
{
    public static RouteHandlerBuilder MapDeleteGiftCard(this IEndpointRouteBuilder giftCards) =>
        giftCards.MapDelete("/{id:guid}", DeleteAsync)
#if RAMPART_ITEM_OWNED
            .RequireAuthorization()
            .WithName("DeleteGiftCard")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
#else
            .RequireAuthorization(RampartPolicies.Admin)
            .WithName("DeleteGiftCard")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
#endif
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
#if RAMPART_ITEM_OWNED
        Guid id, ICurrentUser caller, AppDbContext db, HttpRequest request, CancellationToken cancellationToken)
    {
        if (await db.GiftCardsOf(caller).FirstOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } giftCard)
#else
        Guid id, AppDbContext db, HttpRequest request, CancellationToken cancellationToken)
    {
        if (await db.GiftCards().FirstOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } giftCard)
#endif
        {
            return GiftCardErrors.NotFound.ToProblemResult();
        }

        var expected = ExpectedVersion.ReadOptional(request.HttpContext, GiftCardErrors.VersionConflictCode);
        if (expected is not null && db.ExpectVersion(giftCard, expected).Error is { } stale)
        {
            return stale.ToProblemResult();
        }

        // The save interceptor turns the removal into deleted_at = now (soft delete) and bumps the version.
        db.GiftCards().Remove(giftCard);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
