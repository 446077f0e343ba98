using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
#if RAMPART_ITEM_UNIQUE
using Rampart.AspNetCore.Data;
#endif
#if RAMPART_ITEM_TEXT
using Skeleton.Core.GiftCards;
#endif

namespace Skeleton.Adapters.Persistence.GiftCards;

/// <summary>The <c>gift_cards</c> table: the fields' rules again as database constraints, the last line of defence.</summary>
internal sealed class GiftCardRecordConfiguration : IEntityTypeConfiguration<GiftCardRecord>
{
    // <fields:unique-index-names>
    public const string CodeIndex = "ux_gift_cards_code";
    // </fields:unique-index-names>

    public void Configure(EntityTypeBuilder<GiftCardRecord> giftCard)
    {
        // <fields:configuration>
        giftCard.ToTable("gift_cards", table => table.HasCheckConstraint("ck_gift_cards_amount_positive", "amount > 0"));
        giftCard.Property(g => g.Title).HasMaxLength(GiftCard.TextMaxLength);
        giftCard.Property(g => g.Code).HasMaxLength(GiftCard.TextMaxLength);
        giftCard.Property(g => g.Amount).HasPrecision(18, 2);
        giftCard.Property(g => g.Tier).HasConversion<string>().HasMaxLength(64);
        giftCard.HasLiveUniqueIndex(g => g.Code).HasDatabaseName(CodeIndex);
        // </fields:configuration>
#if RAMPART_ITEM_OWNED
        giftCard.HasIndex(g => g.OwnerId);
#endif
    }
}
