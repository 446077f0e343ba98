#if RAMPART_ITEM_ENUM
using Skeleton.Domain.GiftCards;

#endif
namespace Skeleton.Application.GiftCards.CreateGiftCard;

/// <summary>Create a gift card.</summary>
public sealed record CreateGiftCardCommand(
    // <fields:command-parameters>
    string? Title,
    string? Code,
    decimal? Amount,
    int? Uses,
    GiftCardTier? Tier);
    // </fields:command-parameters>
