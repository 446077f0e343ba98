using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Envelopes;
using Skeleton.Api.Errors;
using Skeleton.Application.GiftCards;
using Skeleton.Application.GiftCards.UpdateGiftCard;
using Skeleton.Domain.GiftCards;

namespace Skeleton.Api.GiftCards;

/// <summary>
/// <c>PATCH /api/v1/gift-cards/{id}</c>: changes the fields given (absent or null ones stay). Needs <c>If-Match</c>
/// (428 without, 412 <c>gift_cards.version_conflict</c> when stale); 200 with the new <c>ETag</c>.
/// </summary>
internal static class UpdateGiftCardEndpoint
{
    public static RouteHandlerBuilder MapUpdateGiftCard(this IEndpointRouteBuilder giftCards) =>
        giftCards.MapPatch("/{id:guid}", UpdateAsync)
            .RequireAuthorization()
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

    private static async Task<Results<Ok<DataEnvelope<GiftCardDto>>, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateGiftCardRequest request, ExpectedVersion expected, UpdateGiftCardHandler useCase, HttpResponse response, CancellationToken cancellationToken)
    {
        var command = new UpdateGiftCardCommand(
            id,
            expected.Value,
            // <fields:request-arguments>
            request.Title,
            request.Code,
            request.Amount,
            request.Uses,
            request.Tier);
            // </fields:request-arguments>
        var updated = await useCase.HandleAsync(command, cancellationToken);
        if (updated.Error is { } error)
        {
            return error.ToProblem();
        }

        response.SetVersionETag(updated.Value.Version);
        return Envelope.Ok(updated.Value);
    }
}
