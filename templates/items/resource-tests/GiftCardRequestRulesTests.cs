using System.ComponentModel.DataAnnotations;
#if RAMPART_ITEM_TEXT
using Skeleton.Features.GiftCards;
#else
#if RAMPART_ITEM_ENUM
using Skeleton.Features.GiftCards;
#endif
#endif
using Skeleton.Features.GiftCards.CreateGiftCard;
using Skeleton.Features.GiftCards.UpdateGiftCard;

namespace Skeleton.Tests.GiftCards;

/// <summary>The gate's rules for gift card requests, checked without HTTP or a database.</summary>
public sealed class GiftCardRequestRulesTests
{
    [Fact]
    public void AValidCreateRequest_HasNoErrors() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void AnEmptyUpdateRequest_HasNoErrors() => Assert.Empty(Errors(new UpdateGiftCardRequest()));

    // <fields:test-rules>
    [Fact]
    public void Title_IsRequired() => Assert.Contains(nameof(CreateGiftCardRequest.Title), Errors(Valid() with { Title = null }));

    [Fact]
    public void Title_LongerThanTheLimit_IsRejected() =>
        Assert.Contains(nameof(CreateGiftCardRequest.Title), Errors(Valid() with { Title = new string('x', GiftCard.TextMaxLength + 1) }));

    [Fact]
    public void Code_LongerThanTheLimit_IsRejected() =>
        Assert.Contains(nameof(CreateGiftCardRequest.Code), Errors(Valid() with { Code = new string('x', GiftCard.TextMaxLength + 1) }));

    [Fact]
    public void Amount_IsRequired() => Assert.Contains(nameof(CreateGiftCardRequest.Amount), Errors(Valid() with { Amount = null }));

    [Fact]
    public void Amount_MustBePositive()
    {
        Assert.Contains(nameof(CreateGiftCardRequest.Amount), Errors(Valid() with { Amount = 0m }));
        Assert.Contains(nameof(UpdateGiftCardRequest.Amount), Errors(new UpdateGiftCardRequest { Amount = -1m }));
    }

    [Fact]
    public void Uses_IsRequired() => Assert.Contains(nameof(CreateGiftCardRequest.Uses), Errors(Valid() with { Uses = null }));

    [Fact]
    public void Tier_IsRequired() => Assert.Contains(nameof(CreateGiftCardRequest.Tier), Errors(Valid() with { Tier = null }));

    [Fact]
    public void Tier_OutsideItsValues_IsRejected() =>
        Assert.Contains(nameof(CreateGiftCardRequest.Tier), Errors(Valid() with { Tier = (GiftCardTier)999 }));
    // </fields:test-rules>

    private static CreateGiftCardRequest Valid() => new()
    {
        // <fields:test-valid-request>
        Title = "Sample title",
        Code = "Sample code",
        Amount = 12.5m,
        Uses = 3,
        Tier = GiftCardTier.Basic,
        // </fields:test-valid-request>
    };

    private static List<string> Errors(object request)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        return [.. results.SelectMany(result => result.MemberNames)];
    }
}
