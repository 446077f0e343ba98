using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Rampart.AspNetCore.Mvc;

namespace Skeleton.GiftCards;

#if RAMPART_ITEM_OWNED
/// <summary>
/// <c>/api/v1/gift-cards</c>: a signed-in user creates gift cards and reads, lists, changes (with <c>If-Match</c>) and
/// deletes their own; anyone else's is not found; an admin sees every one. Thin actions: bind, call
/// <see cref="GiftCardService"/>, answer. Every read and write sends the version as <c>ETag</c>.
/// </summary>
#else
/// <summary>
/// <c>/api/v1/gift-cards</c>: anyone reads; an admin creates, changes (with <c>If-Match</c>) and deletes. Thin actions:
/// bind, call <see cref="GiftCardService"/>, answer. Every read and write sends the version as <c>ETag</c>.
/// </summary>
#endif
[ApiController]
[Route("api/v1/gift-cards")]
[Tags("GiftCards")]
#if RAMPART_ITEM_OWNED
[Authorize]
[ProducesProblem(StatusCodes.Status401Unauthorized)]
#endif
public sealed class GiftCardsController(GiftCardService giftCards) : ControllerBase
{
    /// <summary>Live gift cards, newest first: <c>?limit=</c> (1–100, default 20) and the <c>cursor</c> of the previous page.</summary>
    [HttpGet(Name = "ListGiftCards")]
#if !RAMPART_ITEM_OWNED
    [AllowAnonymous]
#endif
    [ProducesResponseType<PageEnvelope<GiftCardResponse>>(StatusCodes.Status200OK)]
    public async Task<PageEnvelope<GiftCardResponse>> List(PageRequest page, CancellationToken cancellationToken) =>
        (await giftCards.ListAsync(page, cancellationToken)).ToEnvelope(GiftCardResponse.From);

    /// <summary>One gift card with its version as <c>ETag</c>; a deleted one is not found.</summary>
    [HttpGet("{id:guid}", Name = "GetGiftCard")]
#if !RAMPART_ITEM_OWNED
    [AllowAnonymous]
#endif
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesResponseType<DataEnvelope<GiftCardResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DataEnvelope<GiftCardResponse>>> Get(Guid id, CancellationToken cancellationToken) =>
        (await giftCards.FindAsync(id, cancellationToken)).ToActionResult(giftCard => Ok(Tagged(giftCard)));

    /// <summary>A new gift card (201 with its <c>Location</c>); a repeated <c>Idempotency-Key</c> replays the first answer.</summary>
    [HttpPost(Name = "CreateGiftCard")]
#if RAMPART_ITEM_OWNED
    [Authorize(Policy = RampartPolicies.Customer)]
#else
    [Authorize(Policy = RampartPolicies.Admin)]
    [ProducesProblem(StatusCodes.Status401Unauthorized)]
#endif
    [Idempotent]
    [ProducesProblem(StatusCodes.Status403Forbidden)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    [ProducesResponseType<DataEnvelope<GiftCardResponse>>(StatusCodes.Status201Created)]
    public async Task<ActionResult<DataEnvelope<GiftCardResponse>>> Create(CreateGiftCardRequest request, CancellationToken cancellationToken) =>
        (await giftCards.CreateAsync(request, cancellationToken))
            .ToActionResult(giftCard => Created($"/api/v1/gift-cards/{giftCard.Id}", Tagged(giftCard)));

    /// <summary>Changes the fields given (absent or null ones stay), if the gift card is still at the version in <c>If-Match</c>.</summary>
    [HttpPatch("{id:guid}", Name = "UpdateGiftCard")]
#if !RAMPART_ITEM_OWNED
    [Authorize(Policy = RampartPolicies.Admin)]
    [ProducesProblem(StatusCodes.Status401Unauthorized)]
    [ProducesProblem(StatusCodes.Status403Forbidden)]
#endif
    [RequireIfMatch(GiftCardErrors.VersionConflictCode)]
    [Idempotent]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    [ProducesResponseType<DataEnvelope<GiftCardResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DataEnvelope<GiftCardResponse>>> Update(
        Guid id, UpdateGiftCardRequest request, ExpectedVersion expected, CancellationToken cancellationToken) =>
        (await giftCards.UpdateAsync(id, request, expected, cancellationToken)).ToActionResult(giftCard => Ok(Tagged(giftCard)));

    /// <summary>A soft delete: the gift card is then not found. <c>If-Match</c> makes it conditional.</summary>
    [HttpDelete("{id:guid}", Name = "DeleteGiftCard")]
#if !RAMPART_ITEM_OWNED
    [Authorize(Policy = RampartPolicies.Admin)]
    [ProducesProblem(StatusCodes.Status401Unauthorized)]
    [ProducesProblem(StatusCodes.Status403Forbidden)]
#endif
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status412PreconditionFailed)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        var expected = ExpectedVersion.ReadOptional(HttpContext, GiftCardErrors.VersionConflictCode);
        return (await giftCards.DeleteAsync(id, expected, cancellationToken)).ToActionResult(NoContent);
    }

    private DataEnvelope<GiftCardResponse> Tagged(GiftCard giftCard)
    {
        Response.SetVersionETag(giftCard.Version);
        return new DataEnvelope<GiftCardResponse>(GiftCardResponse.From(giftCard));
    }
}
