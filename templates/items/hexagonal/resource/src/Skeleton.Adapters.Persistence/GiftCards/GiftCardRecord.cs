using Rampart.AspNetCore.Data.Entities;
using Skeleton.Core.GiftCards;

namespace Skeleton.Adapters.Persistence.GiftCards;

/// <summary>
/// A row of <c>gift_cards</c>. Rampart's entity conventions keep its version, timestamps and soft delete; the core's
/// <see cref="GiftCard"/> never sees EF Core.
/// </summary>
internal sealed class GiftCardRecord : Entity
{
#if RAMPART_ITEM_OWNED
    public Guid OwnerId { get; init; }

#endif
    // <fields:entity-properties>
    public required string Title { get; set; }

    public string? Code { get; set; }

    public decimal Amount { get; set; }

    public int Uses { get; set; }

    public GiftCardTier Tier { get; set; }
    // </fields:entity-properties>

    public static GiftCardRecord From(GiftCard giftCard) => new()
    {
        Id = giftCard.Id,
#if RAMPART_ITEM_OWNED
        OwnerId = giftCard.OwnerId,
#endif
        // <fields:record-from>
        Title = giftCard.Title,
        Code = giftCard.Code,
        Amount = giftCard.Amount,
        Uses = giftCard.Uses,
        Tier = giftCard.Tier,
        // </fields:record-from>
    };

    public GiftCard ToGiftCard()
    {
        var giftCard = new GiftCard
        {
            Id = Id,
#if RAMPART_ITEM_OWNED
            OwnerId = OwnerId,
#endif
            // <fields:record-to-core>
            Title = Title,
            Code = Code,
            Amount = Amount,
            Uses = Uses,
            Tier = Tier,
            // </fields:record-to-core>
        };
        giftCard.Stamp(Version, CreatedAt, UpdatedAt);
        return giftCard;
    }

    public void CopyFrom(GiftCard giftCard)
    {
        // <fields:record-copy>
        Title = giftCard.Title;
        Code = giftCard.Code;
        Amount = giftCard.Amount;
        Uses = giftCard.Uses;
        Tier = giftCard.Tier;
        // </fields:record-copy>
    }
}
