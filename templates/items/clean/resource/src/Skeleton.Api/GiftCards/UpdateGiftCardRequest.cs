#if RAMPART_ITEM_UPDATE_RULES
using System.ComponentModel.DataAnnotations;
#endif
#if RAMPART_ITEM_TEXT
using Skeleton.Domain.GiftCards;
#else
#if RAMPART_ITEM_ENUM
using Skeleton.Domain.GiftCards;
#endif
#endif

namespace Skeleton.Api.GiftCards;

/// <summary>
/// The body of <c>PATCH /api/v1/gift-cards/{id}</c>: the fields to change; absent or null ones stay. Validated at the gate.
/// Public because the .NET 10 validation source generator only picks up public request types.
/// </summary>
public sealed record UpdateGiftCardRequest
{
    // <fields:update-request>
    [StringLength(GiftCard.TextMaxLength, MinimumLength = 1)]
    public string? Title { get; init; }

    [StringLength(GiftCard.TextMaxLength)]
    public string? Code { get; init; }

    [Range(typeof(decimal), "0.01", "9999999999999999.99", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal? Amount { get; init; }

    public int? Uses { get; init; }

    [EnumDataType(typeof(GiftCardTier))]
    public GiftCardTier? Tier { get; init; }
    // </fields:update-request>
}
