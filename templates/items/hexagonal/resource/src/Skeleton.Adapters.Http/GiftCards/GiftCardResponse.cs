using Skeleton.Core.GiftCards;

namespace Skeleton.Adapters.Http.GiftCards;

/// <summary>A gift card as the API shows it.</summary>
internal sealed record GiftCardResponse(
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
    public static GiftCardResponse From(GiftCard giftCard) => new(
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
