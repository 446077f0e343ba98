using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Skeleton.Api.Errors;
using Skeleton.Application.GiftCards;
using Skeleton.Application.GiftCards.GetGiftCard;

namespace Skeleton.Api.GiftCards;

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

    private static async Task<Results<Ok<DataEnvelope<GiftCardDto>>, ProblemHttpResult>> GetAsync(
        Guid id, GetGiftCardHandler useCase, HttpResponse response, CancellationToken cancellationToken)
    {
        var giftCard = await useCase.HandleAsync(id, cancellationToken);
        if (giftCard.Error is { } error)
        {
            return error.ToProblem();
        }

        response.SetVersionETag(giftCard.Value.Version);
        return Envelope.Ok(giftCard.Value);
    }
}
