using Skeleton.Domain.GiftCards;

namespace Skeleton.Application.GiftCards;

/// <summary>A gift card as the use cases hand it out (and the API shows it).</summary>
public sealed record GiftCardDto(
    Guid Id,
#if RAMPART_ITEM_OWNED
    Guid OwnerId,
#endif
    // <fields:response-parameters>
    string Title,
    string? Code,
    decimal Amount,
    int Uses,
    GiftCardTier Tier,
    // </fields:response-parameters>
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static GiftCardDto From(GiftCard giftCard)
    {
        ArgumentNullException.ThrowIfNull(giftCard);
        return new(
            giftCard.Id,
#if RAMPART_ITEM_OWNED
            giftCard.OwnerId,
#endif
            // <fields:response-arguments>
            giftCard.Title,
            giftCard.Code,
            giftCard.Amount,
            giftCard.Uses,
            giftCard.Tier,
            // </fields:response-arguments>
            giftCard.Version,
            giftCard.CreatedAt,
            giftCard.UpdatedAt);
    }
}
