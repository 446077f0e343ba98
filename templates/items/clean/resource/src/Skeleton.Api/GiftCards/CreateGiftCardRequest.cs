#if RAMPART_ITEM_CREATE_RULES
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
/// The body of <c>POST /api/v1/gift-cards</c>, validated at the gate (400 with field errors before the use case runs).
/// Public because the .NET 10 validation source generator only picks up public request types.
/// </summary>
public sealed record CreateGiftCardRequest
{
    // <fields:create-request>
    [Required]
    [StringLength(GiftCard.TextMaxLength, MinimumLength = 1)]
    public string? Title { get; init; }

    [StringLength(GiftCard.TextMaxLength)]
    public string? Code { get; init; }

    [Required]
    [Range(typeof(decimal), "0.01", "9999999999999999.99", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal? Amount { get; init; }

    [Required]
    public int? Uses { get; init; }

    [Required]
    [EnumDataType(typeof(GiftCardTier))]
    public GiftCardTier? Tier { get; init; }
    // </fields:create-request>
}
