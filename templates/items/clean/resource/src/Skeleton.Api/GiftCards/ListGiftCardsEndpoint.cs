using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Envelopes;
using Skeleton.Api.Errors;
using Skeleton.Application.Common;
using Skeleton.Application.GiftCards;
using Skeleton.Application.GiftCards.ListGiftCards;

namespace Skeleton.Api.GiftCards;

#if RAMPART_ITEM_OWNED
/// <summary>
/// <c>GET /api/v1/gift-cards?limit=&amp;cursor=</c> (signed in): the caller's live gift cards (every one for an
/// administrator), newest first, keyset-paginated.
/// </summary>
#else
/// <summary><c>GET /api/v1/gift-cards?limit=&amp;cursor=</c>: live gift cards, newest first, keyset-paginated.</summary>
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

    private static async Task<Results<Ok<PageEnvelope<GiftCardDto>>, ProblemHttpResult>> ListAsync(
        int? limit, string? cursor, ListGiftCardsHandler useCase, CancellationToken cancellationToken)
    {
        var page = PageQuery.Create(limit, cursor);
        if (page.Error is { } invalid)
        {
            return invalid.ToProblem();
        }

        var giftCards = await useCase.HandleAsync(page.Value, cancellationToken);
        return TypedResults.Ok(new PageEnvelope<GiftCardDto>(giftCards.Items, new PageMeta(giftCards.Limit, giftCards.NextCursor)));
    }
}
