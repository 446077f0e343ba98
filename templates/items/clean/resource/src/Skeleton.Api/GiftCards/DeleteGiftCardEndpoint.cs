using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data.Concurrency;
using Skeleton.Api.Errors;
using Skeleton.Application.GiftCards.DeleteGiftCard;
using Skeleton.Domain.GiftCards;

namespace Skeleton.Api.GiftCards;

/// <summary>
/// <c>DELETE /api/v1/gift-cards/{id}</c>: 204, a soft delete; with <c>If-Match</c> the version must match (412
/// otherwise). The gift card is then not found.
/// </summary>
internal static class DeleteGiftCardEndpoint
{
    public static RouteHandlerBuilder MapDeleteGiftCard(this IEndpointRouteBuilder giftCards) =>
        giftCards.MapDelete("/{id:guid}", DeleteAsync)
            .RequireAuthorization()
            .WithName("DeleteGiftCard")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
#if !RAMPART_ITEM_OWNED
            .ProducesProblem(StatusCodes.Status403Forbidden)
#endif
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, DeleteGiftCardHandler useCase, HttpRequest request, CancellationToken cancellationToken)
    {
        var expected = ExpectedVersion.ReadOptional(request.HttpContext, GiftCardErrors.VersionConflictCode);
        var deleted = await useCase.HandleAsync(new DeleteGiftCardCommand(id, expected?.Value), cancellationToken);
        return deleted.Error is { } error ? error.ToProblem() : TypedResults.NoContent();
    }
}
