#if RAMPART_ITEM_ENUM
using Skeleton.Domain.GiftCards;

#endif
namespace Skeleton.Application.GiftCards.UpdateGiftCard;

/// <summary>Change the given fields (null = unchanged) of the gift card, if it is still at <paramref name="ExpectedVersion"/>.</summary>
public sealed record UpdateGiftCardCommand(
    Guid Id,
    long ExpectedVersion,
    // <fields:command-parameters>
    string? Title,
    string? Code,
    decimal? Amount,
    int? Uses,
    GiftCardTier? Tier);
    // </fields:command-parameters>
