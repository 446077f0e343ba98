using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Identity;
using Skeleton.Adapters.Http.Errors;
using Skeleton.Core.Common;
using Skeleton.Core.GiftCards;
using Skeleton.Core.GiftCards.Ports;

namespace Skeleton.Adapters.Http.GiftCards;

#if RAMPART_ITEM_OWNED
/// <summary>
/// <c>/api/v1/gift-cards</c>: HTTP in, the gift cards' inbound ports called, HTTP out. A signed-in user creates gift
/// cards and reads, lists, changes (with <c>If-Match</c>) and deletes their own; who sees what is the core's rule
/// (anyone else's is not found, an admin sees every one). This adapter binds, validates at the gate, and maps results
/// (ETag from the version, problems through one mapping).
/// </summary>
#else
/// <summary>
/// <c>/api/v1/gift-cards</c>: HTTP in, the gift cards' inbound ports called, HTTP out. Anyone reads; an admin creates,
/// changes (with <c>If-Match</c>) and deletes. This adapter binds, validates at the gate, authorises by role, and maps
/// results (ETag from the version, problems through one mapping).
/// </summary>
#endif
internal static class GiftCardEndpoints
{
    public const string Module = "gift_cards";

    public static IEndpointRouteBuilder MapGiftCardEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var giftCards = endpoints.MapGroup("/api/v1/gift-cards");
        giftCards.WithTags("GiftCards").WithModule(Module);
#if RAMPART_ITEM_OWNED
        giftCards.RequireAuthorization();
        giftCards.MapGet("/", ListAsync).WithName("ListGiftCards")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        giftCards.MapGet("/{id:guid}", GetAsync).WithName("GetGiftCard")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        giftCards.MapPost("/", CreateAsync).RequireAuthorization(RampartPolicies.Customer).WithIdempotency().WithName("CreateGiftCard")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        giftCards.MapPatch("/{id:guid}", UpdateAsync)
            .RequireIfMatch(GiftCardErrors.VersionConflictCode).WithIdempotency().WithName("UpdateGiftCard")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        giftCards.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteGiftCard")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
#else
        giftCards.MapGet("/", ListAsync).AllowAnonymous().WithName("ListGiftCards")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        giftCards.MapGet("/{id:guid}", GetAsync).AllowAnonymous().WithName("GetGiftCard")
            .ProducesProblem(StatusCodes.Status404NotFound);
        giftCards.MapPost("/", CreateAsync).RequireAuthorization(RampartPolicies.Admin).WithIdempotency().WithName("CreateGiftCard")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        giftCards.MapPatch("/{id:guid}", UpdateAsync).RequireAuthorization(RampartPolicies.Admin)
            .RequireIfMatch(GiftCardErrors.VersionConflictCode).WithIdempotency().WithName("UpdateGiftCard")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        giftCards.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(RampartPolicies.Admin).WithName("DeleteGiftCard")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
#endif
        return endpoints;
    }

#if RAMPART_ITEM_OWNED
    private static async Task<Ok<PageEnvelope<GiftCardResponse>>> ListAsync(
        PageRequest page, ICurrentUser user, IFindGiftCards giftCards, CancellationToken cancellationToken)
    {
        var found = await giftCards.ListAsync(user.ToCaller(), new PageQuery(page.Limit, page.Cursor), cancellationToken);
        return TypedResults.Ok(new PageEnvelope<GiftCardResponse>([.. found.Items.Select(GiftCardResponse.From)], new PageMeta(found.Limit, found.NextCursor)));
    }

    private static async Task<Results<Ok<DataEnvelope<GiftCardResponse>>, ProblemHttpResult>> GetAsync(
        Guid id, ICurrentUser user, IFindGiftCards giftCards, HttpResponse response, CancellationToken cancellationToken) =>
        Ok(await giftCards.GetAsync(user.ToCaller(), id, cancellationToken), response);
#else
    private static async Task<Ok<PageEnvelope<GiftCardResponse>>> ListAsync(PageRequest page, IFindGiftCards giftCards, CancellationToken cancellationToken)
    {
        var found = await giftCards.ListAsync(new PageQuery(page.Limit, page.Cursor), cancellationToken);
        return TypedResults.Ok(new PageEnvelope<GiftCardResponse>([.. found.Items.Select(GiftCardResponse.From)], new PageMeta(found.Limit, found.NextCursor)));
    }

    private static async Task<Results<Ok<DataEnvelope<GiftCardResponse>>, ProblemHttpResult>> GetAsync(
        Guid id, IFindGiftCards giftCards, HttpResponse response, CancellationToken cancellationToken) =>
        Ok(await giftCards.GetAsync(id, cancellationToken), response);
#endif

    private static async Task<Results<Created<DataEnvelope<GiftCardResponse>>, ProblemHttpResult>> CreateAsync(
#if RAMPART_ITEM_OWNED
        CreateGiftCardRequest request, ICurrentUser user, IManageGiftCards giftCards, HttpResponse response, CancellationToken cancellationToken)
#else
        CreateGiftCardRequest request, IManageGiftCards giftCards, HttpResponse response, CancellationToken cancellationToken)
#endif
    {
        // The gate has checked the request: required fields are present and every value is in range.
        var giftCard = new GiftCard
        {
#if RAMPART_ITEM_OWNED
            OwnerId = user.ToCaller().Id,
#endif
            // <fields:create-assignments>
            Title = request.Title!.Trim(),
            Code = request.Code?.Trim(),
            Amount = request.Amount!.Value,
            Uses = request.Uses!.Value,
            Tier = request.Tier!.Value,
            // </fields:create-assignments>
        };
        var created = await giftCards.CreateAsync(giftCard, cancellationToken);
        if (created.Error is { } error)
        {
            return error.ToProblemResult();
        }

        response.SetVersionETag(created.Value.Version);
        return Envelope.Created($"/api/v1/gift-cards/{created.Value.Id}", GiftCardResponse.From(created.Value));
    }

    private static async Task<Results<Ok<DataEnvelope<GiftCardResponse>>, ProblemHttpResult>> UpdateAsync(
#if RAMPART_ITEM_OWNED
        Guid id, UpdateGiftCardRequest request, ExpectedVersion expected, ICurrentUser user, IManageGiftCards giftCards, HttpResponse response, CancellationToken cancellationToken) =>
        Ok(await giftCards.ChangeAsync(user.ToCaller(), id, expected.Value, giftCard => Apply(request, giftCard), cancellationToken), response);
#else
        Guid id, UpdateGiftCardRequest request, ExpectedVersion expected, IManageGiftCards giftCards, HttpResponse response, CancellationToken cancellationToken) =>
        Ok(await giftCards.ChangeAsync(id, expected.Value, giftCard => Apply(request, giftCard), cancellationToken), response);
#endif

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
#if RAMPART_ITEM_OWNED
        Guid id, ICurrentUser user, IManageGiftCards giftCards, HttpRequest request, CancellationToken cancellationToken)
#else
        Guid id, IManageGiftCards giftCards, HttpRequest request, CancellationToken cancellationToken)
#endif
    {
        // If-Match is optional here: with it the delete is conditional (412 when stale); without it the delete wins.
        var expected = ExpectedVersion.ReadOptional(request.HttpContext, GiftCardErrors.VersionConflictCode);
#if RAMPART_ITEM_OWNED
        var deleted = await giftCards.DeleteAsync(user.ToCaller(), id, expected?.Value, cancellationToken);
#else
        var deleted = await giftCards.DeleteAsync(id, expected?.Value, cancellationToken);
#endif
        return deleted.Error is { } error ? error.ToProblemResult() : TypedResults.NoContent();
    }

    // The fields given in the PATCH body; absent or null ones stay.
    private static void Apply(UpdateGiftCardRequest request, GiftCard giftCard)
    {
        // <fields:update-assignments>
        giftCard.Title = request.Title?.Trim() ?? giftCard.Title;
        giftCard.Code = request.Code?.Trim() ?? giftCard.Code;
        giftCard.Amount = request.Amount ?? giftCard.Amount;
        giftCard.Uses = request.Uses ?? giftCard.Uses;
        giftCard.Tier = request.Tier ?? giftCard.Tier;
        // </fields:update-assignments>
    }

    private static Results<Ok<DataEnvelope<GiftCardResponse>>, ProblemHttpResult> Ok(Result<GiftCard> result, HttpResponse response)
    {
        if (result.Error is { } error)
        {
            return error.ToProblemResult();
        }

        response.SetVersionETag(result.Value.Version);
        return Envelope.Ok(GiftCardResponse.From(result.Value));
    }
}
