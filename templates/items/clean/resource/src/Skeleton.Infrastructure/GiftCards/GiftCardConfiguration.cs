using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
#if RAMPART_ITEM_UNIQUE
using Skeleton.Application.GiftCards;
#endif
using Skeleton.Domain.GiftCards;
using Skeleton.Infrastructure.Persistence;

namespace Skeleton.Infrastructure.GiftCards;

/// <summary>The <c>gift_cards</c> table, with the gift card's rules again as database constraints, the last line of defence.</summary>
internal sealed class GiftCardConfiguration : IEntityTypeConfiguration<GiftCard>
{
    public void Configure(EntityTypeBuilder<GiftCard> giftCard)
    {
        giftCard.HasEntityConventions();
        // <fields:clean-configuration>
        giftCard.ToTable("gift_cards", table => table.HasCheckConstraint("ck_gift_cards_amount_positive", "amount > 0"));
        giftCard.Property(g => g.Title).HasMaxLength(GiftCard.TextMaxLength);
        giftCard.Property(g => g.Code).HasMaxLength(GiftCard.TextMaxLength);
        giftCard.Property(g => g.Amount).HasPrecision(18, 2);
        giftCard.Property(g => g.Tier).HasConversion<string>().HasMaxLength(64);
        giftCard.HasIndex(g => g.Code).IsUnique().HasFilter("deleted_at IS NULL").HasDatabaseName(IGiftCardRepository.CodeKey);
        // </fields:clean-configuration>
#if RAMPART_ITEM_OWNED
        giftCard.HasIndex(g => g.OwnerId);
#endif
    }
}
