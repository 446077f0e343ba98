using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Skeleton.Api.Errors;
using Skeleton.Application.GiftCards;
using Skeleton.Application.GiftCards.CreateGiftCard;

namespace Skeleton.Api.GiftCards;

#if RAMPART_ITEM_OWNED
/// <summary>
/// <c>POST /api/v1/gift-cards</c> (signed in; the caller owns it): 201 with <c>Location</c> and <c>ETag</c>; a repeated
/// <c>Idempotency-Key</c> replays the first answer.
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
            .RequireAuthorization()
            .WithIdempotency()
            .WithName("CreateGiftCard")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
#if !RAMPART_ITEM_OWNED
            .ProducesProblem(StatusCodes.Status403Forbidden)
#endif
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Created<DataEnvelope<GiftCardDto>>, ProblemHttpResult>> CreateAsync(
        CreateGiftCardRequest request, CreateGiftCardHandler useCase, HttpResponse response, CancellationToken cancellationToken)
    {
        var command = new CreateGiftCardCommand(
            // <fields:request-arguments>
            request.Title,
            request.Code,
            request.Amount,
            request.Uses,
            request.Tier);
            // </fields:request-arguments>
        var created = await useCase.HandleAsync(command, cancellationToken);
        if (created.Error is { } error)
        {
            return error.ToProblem();
        }

        response.SetVersionETag(created.Value.Version);
        return Envelope.Created($"/api/v1/gift-cards/{created.Value.Id}", created.Value);
    }
}
