using Skeleton.Application.GiftCards;
using Skeleton.Domain.Common;
using Skeleton.Domain.GiftCards;

namespace Skeleton.Tests.GiftCards;

/// <summary>The gift card's invariants in the domain, checked without HTTP or a database: what the use cases rely on.</summary>
public sealed class GiftCardTests
{
    [Fact]
    public void Create_ValidValues_MakesAGiftCardWithAVersion7Id() => Assert.Equal(7, Valid().Id.Version);

    [Fact]
    public void Change_NothingGiven_ChangesNothing()
    {
        var giftCard = Valid();
        var before = GiftCardDto.From(giftCard);

        Assert.Null(giftCard.Change().Error);
        Assert.Equal(before, GiftCardDto.From(giftCard));
    }

    // <fields:test-domain-rules>
    [Fact]
    public void Create_NothingGiven_NamesEveryRequiredField()
    {
        string[] required = ["amount", "tier", "title", "uses"];

        Assert.Equal(required, FieldsOf(CreateEmpty().Error));
    }

    [Fact]
    public void Title_OnlySpacesOrLongerThanTheLimit_IsRejected()
    {
        Assert.Equal("title", Assert.Single(FieldsOf(Valid().Change(title: "   ").Error)));
        Assert.Equal("title", Assert.Single(FieldsOf(Valid().Change(title: new string('x', GiftCard.TextMaxLength + 1)).Error)));
    }

    [Fact]
    public void Code_OnlySpacesOrLongerThanTheLimit_IsRejected()
    {
        Assert.Equal("code", Assert.Single(FieldsOf(Valid().Change(code: "   ").Error)));
        Assert.Equal("code", Assert.Single(FieldsOf(Valid().Change(code: new string('x', GiftCard.TextMaxLength + 1)).Error)));
    }

    [Fact]
    public void Amount_ZeroOrLess_IsRejected()
    {
        Assert.Equal("amount", Assert.Single(FieldsOf(Valid().Change(amount: 0m).Error)));
        Assert.Equal("amount", Assert.Single(FieldsOf(Valid().Change(amount: -1m).Error)));
    }

    [Fact]
    public void Tier_OutsideItsValues_IsRejected()
    {
        Assert.Equal("tier", Assert.Single(FieldsOf(Valid().Change(tier: (GiftCardTier)999).Error)));
    }
    // </fields:test-domain-rules>

    private static GiftCard Valid() => GiftCard.Create(
#if RAMPART_ITEM_OWNED
        Guid.CreateVersion7(),
#endif
        // <fields:test-domain-valid-arguments>
        title: "Sample title",
        code: "Sample code",
        amount: 12.5m,
        uses: 3,
        tier: GiftCardTier.Basic).Value;
        // </fields:test-domain-valid-arguments>

#if RAMPART_ITEM_OWNED
    private static Result<GiftCard> CreateEmpty() => GiftCard.Create(Guid.CreateVersion7());
#else
    private static Result<GiftCard> CreateEmpty() => GiftCard.Create();
#endif

    private static string[] FieldsOf(Error? error) => error?.FieldErrors is { } fields ? [.. fields.Keys.Order(StringComparer.Ordinal)] : [];
}
